#pragma once

#include "whosaid/span.h"

#include <optional>
#include <string_view>
#include <vector>

namespace whosaid::segment {

// Recognizes a headline: the first paragraph when it is one short line (at most 200
// UTF-16 units and 25 words) that does not end like a sentence and more paragraphs follow.
// Ending like a sentence means a final . ! ? … or :, possibly followed by closing marks
// ("… ? »"). A question is therefore not taken as a title: in wire copy such a first line
// is more often a quoted lead than a headline. The title stays a paragraph too, so that
// paragraphs still cover the whole text. The caller rules out a first paragraph that opens
// with a dateline.
class TitleFinder {
public:
    std::optional<Span> find(std::u16string_view text, const std::vector<Span>& paragraphs) const;
};

} // namespace whosaid::segment
