#include "whosaid/unicode_text.h"

#include <algorithm>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace whosaid {

std::string to_utf8(std::u16string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    const char16_t* s = text.data();
    const int32_t length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U16_NEXT(s, i, length, c);
        if (U_IS_SURROGATE(c))
            c = 0xFFFD;
        uint8_t buffer[4];
        int32_t n = 0;
        U8_APPEND_UNSAFE(buffer, n, c);
        out.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(n));
    }
    return out;
}

std::u16string to_utf16(std::string_view utf8) {
    std::u16string out;
    out.reserve(utf8.size());
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    const int32_t length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        // Runs of ASCII, most of the text, are widened by one append each.
        int32_t ascii_end = i;
        while (ascii_end < length && s[ascii_end] < 0x80)
            ++ascii_end;
        if (ascii_end > i) {
            const size_t at = out.size();
            out.resize(at + static_cast<size_t>(ascii_end - i));
            std::copy(s + i, s + ascii_end, out.begin() + static_cast<std::ptrdiff_t>(at));
            i = ascii_end;
            continue;
        }
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0)
            c = 0xFFFD;
        if (U_IS_BMP(c)) {
            out.push_back(static_cast<char16_t>(c));
        } else {
            out.push_back(U16_LEAD(c));
            out.push_back(U16_TRAIL(c));
        }
    }
    return out;
}

CodePointMap::CodePointMap(std::u16string_view text) {
    bool any = false;
    for (char16_t unit : text)
        if (U16_IS_TRAIL(unit)) {
            any = true;
            break;
        }
    if (!any)
        return;
    surrogates_before_.resize(text.size() + 1);
    int32_t count = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        surrogates_before_[i] = count;
        // A trail unit that follows a lead is the second half of one code point.
        if (U16_IS_TRAIL(text[i]) && i > 0 && U16_IS_LEAD(text[i - 1]))
            ++count;
    }
    surrogates_before_[text.size()] = count;
}

int64_t CodePointMap::operator()(int32_t utf16_offset) const {
    if (surrogates_before_.empty())
        return utf16_offset;
    return utf16_offset - surrogates_before_[static_cast<size_t>(utf16_offset)];
}

std::u16string fold_for_matching(std::u16string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString source(false, text.data(), static_cast<int32_t>(text.size()));
    icu::UnicodeString decomposed = U_SUCCESS(status) ? nfd->normalize(source, status) : source;
    std::u16string out;
    out.reserve(text.size());
    for (int32_t i = 0; i < decomposed.length();) {
        UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK)
            continue;
        if (c == 0x2019 || c == 0x2018 || c == 0x02BC)
            c = '\'';
        else if (c == 0x2010 || c == 0x2011 || c == 0x2013)
            c = '-';
        c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
        if (U_IS_BMP(c)) {
            out.push_back(static_cast<char16_t>(c));
        } else {
            out.push_back(U16_LEAD(c));
            out.push_back(U16_TRAIL(c));
        }
    }
    return out;
}

} // namespace whosaid
