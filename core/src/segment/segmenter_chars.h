#pragma once

// Character classes shared by the segmenter's parts. Every whitespace and line-break
// character is in the BMP, so a single UTF-16 code unit decides.

#include "whosaid/span.h"

#include <string_view>

namespace whosaid::segment::chars {

// A line break as the loader leaves it (CRLF is already gone) plus the Unicode separators.
inline bool is_line_break(char16_t c) {
    return c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

// Horizontal whitespace, including the no-break spaces French typography puts before
// « ; : ! ? » and the BOM left inside a text.
inline bool is_horizontal_space(char16_t c) {
    return c == u' ' || c == u'\t' || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

inline bool is_space(char16_t c) {
    return is_horizontal_space(c) || is_line_break(c);
}

// The dashes a wire dateline ends with: hyphen-minus, hyphen, figure/en/em dash, bar, minus.
inline bool is_dash(char16_t c) {
    return c == u'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

// Closing quotation marks and brackets that may follow sentence-final punctuation.
inline bool is_closing_mark(char16_t c) {
    return c == 0xBB || c == 0x201D || c == 0x2019 || c == u'"' || c == u'\'' || c == u')' ||
           c == u']' || c == 0x203A;
}

// The span shrunk so that it neither starts nor ends with whitespace (empty if all space).
inline Span trim(std::u16string_view text, Span span) {
    while (span.start < span.end && is_space(text[static_cast<size_t>(span.start)]))
        ++span.start;
    while (span.end > span.start && is_space(text[static_cast<size_t>(span.end - 1)]))
        --span.end;
    return span;
}

inline std::u16string_view slice(std::u16string_view text, Span span) {
    return text.substr(static_cast<size_t>(span.start), static_cast<size_t>(span.length()));
}

} // namespace whosaid::segment::chars
