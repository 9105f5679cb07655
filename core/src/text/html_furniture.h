#pragma once

#include "text/html_tag.h"

#include <string_view>

namespace whosaid::text {

// What a news page's markup says about an element beyond its name: page furniture to leave
// out (share buttons, related links, captions, advertising, hidden text), the byline, the
// displayed date. Judged on the class, id, role and hidden attributes, by whole words of
// the class names ("share-buttons", "article__related", "lire-aussi"), so that a layout
// class naming furniture it sits beside ("has-sidebar", "with-share") is not taken for it.
class HtmlFurniture {
public:
    enum class Role { Text, Furniture, Byline, Date };

    static Role classify(const HtmlTag& tag);

    // A paragraph that only points elsewhere: "Lire aussi : …", "Read more: …", or a
    // heading such as "Sur le même sujet" or "Related stories" standing alone.
    static bool is_see_also(std::u16string_view paragraph);
};

} // namespace whosaid::text
