#pragma once

#include "whosaid/span.h"

#include <string_view>
#include <vector>

namespace whosaid::segment {

// Splits a text into paragraphs. A line holding only whitespace is blank. When the text
// has at least one blank line between two non-blank lines, paragraphs are separated by
// blank lines and single line breaks stay inside them (hard-wrapped text); otherwise every
// non-blank line is a paragraph (one-line-per-paragraph exports). Spans are trimmed and
// never empty. Linear in the text length.
class ParagraphSplitter {
public:
    std::vector<Span> split(std::u16string_view text) const;

private:
    static bool has_separating_blank_line(std::u16string_view text);
};

} // namespace whosaid::segment
