#include "whosaid/unicode_text.h"

#include <bit>
#include <cstring>
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

namespace {

constexpr uint64_t kHighBits = 0x8080808080808080u;

// Writes the eight bytes of `block` (read from memory) as eight UTF-16 units: each half is
// spread so that every byte gets a zero byte above it. Only the units of the ASCII bytes
// are meaningful.
void widen(uint64_t block, char16_t* out) {
    auto spread = [](uint64_t four_bytes) {
        four_bytes = (four_bytes | four_bytes << 16) & 0x0000FFFF0000FFFFu;
        return (four_bytes | four_bytes << 8) & 0x00FF00FF00FF00FFu;
    };
    if constexpr (std::endian::native == std::endian::little) {
        const uint64_t units[2] = {spread(block & 0xFFFFFFFFu), spread(block >> 32)};
        std::memcpy(out, units, sizeof units);
    } else {
        unsigned char bytes[8];
        std::memcpy(bytes, &block, sizeof bytes);
        for (int k = 0; k < 8; ++k)
            out[k] = bytes[k];
    }
}

// How many bytes of `block` (read from memory) come before its first non-ASCII byte.
int32_t ascii_prefix(uint64_t block) {
    const uint64_t high = block & kHighBits;
    if (high == 0)
        return 8;
    if constexpr (std::endian::native == std::endian::little)
        return std::countr_zero(high) / 8;
    else
        return std::countl_zero(high) / 8;
}

} // namespace

std::u16string to_utf16(std::string_view utf8) {
    // A UTF-8 byte never gives more than one UTF-16 unit (four bytes give two), so the
    // units are written straight into a buffer of the input's length, cut at the end.
    std::u16string out(utf8.size(), u'\0');
    char16_t* written = out.data();
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    const int32_t length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        // Runs of ASCII, most of the text, are widened eight bytes at a time: all eight
        // units are written, those up to the first non-ASCII byte kept. The buffer has room,
        // since fewer units than bytes have been written.
        if (i + 8 <= length) {
            uint64_t block = 0;
            std::memcpy(&block, s + i, 8);
            widen(block, written);
            const int32_t ascii = ascii_prefix(block);
            written += ascii;
            i += ascii;
            if (ascii == 8)
                continue;
        }
        const uint8_t lead = s[i];
        if (lead < 0x80) {
            *written++ = lead;
            ++i;
            continue;
        }
        // A well-formed two-byte sequence (é, à, « ») is decoded here; anything else,
        // errors included, by ICU.
        if (lead >= 0xC2 && lead <= 0xDF && i + 1 < length && (s[i + 1] & 0xC0) == 0x80) {
            *written++ = static_cast<char16_t>((lead & 0x1F) << 6 | (s[i + 1] & 0x3F));
            i += 2;
            continue;
        }
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0)
            c = 0xFFFD;
        if (U_IS_BMP(c)) {
            *written++ = static_cast<char16_t>(c);
        } else {
            *written++ = U16_LEAD(c);
            *written++ = U16_TRAIL(c);
        }
    }
    out.resize(static_cast<size_t>(written - out.data()));
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
