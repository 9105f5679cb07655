#pragma once

#include <string>
#include <string_view>

namespace whosaid::text {

// The readable text of an HTML page. Block elements (p, h1–h6, li, blockquote, td, th, div...)
// become paragraphs separated by a blank line; <br> becomes a newline; character references
// are decoded; comments, script, style and page furniture (nav, header, footer, aside, form,
// noscript, template, svg...) are dropped. The <title> becomes the first paragraph only when
// the body has no <h1>: an <h1> is the article's own headline, while <title> often carries
// the site's name. Tolerates malformed input (unclosed tags, stray '<', '>' inside quoted
// attributes) in one linear pass.
class HtmlTextExtractor {
public:
    // Precondition: line ends are already \n.
    std::u16string extract(std::u16string_view html) const;
};

} // namespace whosaid::text
