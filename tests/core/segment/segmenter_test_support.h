#pragma once

// Helpers for the segmenter tests: spans turned back into UTF-8 strings, so that a failing
// row prints the text it got.

#include "whosaid/segmenter.h"
#include "whosaid/unicode_text.h"

#include <optional>
#include <string>
#include <vector>

namespace whosaid::test {

inline std::string slice_utf8(const std::u16string& text, Span span) {
    return to_utf8(std::u16string_view(text).substr(static_cast<size_t>(span.start),
                                                    static_cast<size_t>(span.length())));
}

inline std::vector<std::string> slices_utf8(const std::u16string& text,
                                            const std::vector<Span>& spans) {
    std::vector<std::string> out;
    for (Span span : spans)
        out.push_back(slice_utf8(text, span));
    return out;
}

// The text of an optional span, or "" when there is none.
inline std::string optional_utf8(const std::u16string& text, const std::optional<Span>& span) {
    return span ? slice_utf8(text, *span) : std::string();
}

} // namespace whosaid::test
