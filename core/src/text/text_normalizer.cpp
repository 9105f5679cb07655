#include "text/text_normalizer.h"

#include <cstddef>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace whosaid::text {

namespace {

bool is_trailing_blank(char16_t c) {
    return c == u' ' || c == u'\t';
}

} // namespace

void TextNormalizer::unify_line_ends(std::u16string& text) const {
    const std::size_t n = text.size();
    std::size_t read = (n > 0 && text[0] == u'\uFEFF') ? 1 : 0;
    std::size_t write = 0;
    // In place: the output is never longer than the input.
    for (; read < n; ++read) {
        const char16_t c = text[read];
        if (c == u'\r') {
            if (read + 1 < n && text[read + 1] == u'\n')
                ++read;
            text[write++] = u'\n';
        } else if (c == u'\u0085' || c == u'\u2028' || c == u'\u2029') {
            text[write++] = u'\n';
        } else {
            text[write++] = c;
        }
    }
    text.resize(write);
}

void TextNormalizer::finish(std::u16string& text) const {
    compose(text);
    trim_line_ends(text);
}

void TextNormalizer::compose(std::u16string& text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        return;
    const icu::UnicodeString source(false, text.data(), static_cast<int32_t>(text.size()));
    // Most text is already NFC: the quick check settles it without copying.
    const int32_t normalized_prefix = nfc->spanQuickCheckYes(source, status);
    if (U_FAILURE(status) || normalized_prefix == source.length())
        return;
    icu::UnicodeString result(source, 0, normalized_prefix);
    nfc->normalizeSecondAndAppend(result, source.tempSubStringBetween(normalized_prefix), status);
    if (U_FAILURE(status))
        return;
    text.assign(result.getBuffer(), static_cast<std::size_t>(result.length()));
}

void TextNormalizer::trim_line_ends(std::u16string& text) {
    std::size_t write = 0;
    std::size_t line_start = 0;
    for (const char16_t c : text) {
        if (c == u'\n') {
            while (write > line_start && is_trailing_blank(text[write - 1]))
                --write;
            text[write++] = c;
            line_start = write;
        } else {
            text[write++] = c;
        }
    }
    while (write > line_start && is_trailing_blank(text[write - 1]))
        --write;
    text.resize(write);
}

} // namespace whosaid::text
