#pragma once

#include <string>
#include <string_view>

namespace whosaid::text {

// The plain text of a Markdown document. Block markup goes: heading markers (# and setext
// underlines), blockquote '>', list markers, thematic breaks, reference definitions, code
// fences (their content is kept verbatim). Headings and list items become paragraphs of
// their own, like their HTML counterparts; runs of blank lines collapse to one. Inline
// markup is handled by MarkdownInlineStripper. Raw HTML inside Markdown is left as is.
class MarkdownStripper {
public:
    // Precondition: line ends are already \n.
    std::u16string strip(std::u16string_view markdown) const;
};

} // namespace whosaid::text
