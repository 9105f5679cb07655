#pragma once

#include "whosaid/document.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace whosaid::test {

// The span of the occurrence-th match of needle (UTF-8) in text, in UTF-16 units; fails the
// test when there is none.
Span locate(const std::u16string& text, std::string_view needle, size_t occurrence = 0);

// A wire story written for the JSON tests: accents, « » with no-break and narrow no-break
// spaces, characters outside the BMP, ASCII double quotes, a quotation over two paragraphs,
// named, anonymous and unknown speakers.
Document french_story();

} // namespace whosaid::test
