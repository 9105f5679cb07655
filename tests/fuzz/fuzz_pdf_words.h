#pragma once

#include "text/pdf_layout.h"

#include <string_view>
#include <vector>

namespace whosaid::fuzz {

// Reads fuzzer bytes as the pages of words a PDF library would hand to the layout, so that
// the layout code is fuzzed without poppler (fuzzed by its own project) in the way. Each
// record is a tag byte then four coordinate bytes and the word's text: tag 0xFF starts a
// new page; otherwise bits 0-3 give the text length, bit 4 the space after the word, bit 7
// makes the coordinates extreme (negative, huge, infinite or NaN, as broken PDFs give).
// Text bytes are Latin-1, except 0x01 (a line break) and 0x02 (U+2028) inside a word.
std::vector<std::vector<text::PdfWord>> pdf_pages_from_bytes(std::string_view bytes);

} // namespace whosaid::fuzz
