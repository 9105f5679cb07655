#include "text/encoding_detector.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

namespace whosaid::text {

namespace {

// ICU's detector is slow on megabytes and needs only a few kilobytes of non-ASCII text.
constexpr std::size_t kDetectionSampleBytes = 64 * 1024;
// Where an HTML page may declare its charset (browsers look at the first 1024 bytes).
constexpr std::size_t kDeclarationSampleBytes = 4096;
// UTF-16 sniffing looks at this many bytes from the start.
constexpr std::size_t kUtf16SampleBytes = 4096;
// ICU confidences are 0–100; below this a guess is noise (short or ambiguous input).
constexpr int32_t kMinimumConfidence = 10;

bool starts_with(std::string_view bytes, std::string_view prefix) {
    return bytes.substr(0, prefix.size()) == prefix;
}

bool is_continuation(uint8_t byte) {
    return (byte & 0xC0) == 0x80;
}

// Length of the well-formed UTF-8 sequence at s[i] (Unicode Table 3-7), 0 if ill-formed.
std::size_t utf8_sequence_length(const uint8_t* s, std::size_t i, std::size_t n) {
    const uint8_t lead = s[i];
    std::size_t length = 0;
    uint8_t second_min = 0x80;
    uint8_t second_max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            second_min = 0xA0; // overlong
        else if (lead == 0xED)
            second_max = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            second_min = 0x90; // overlong
        else if (lead == 0xF4)
            second_max = 0x8F; // past U+10FFFF
    } else {
        return 0;
    }
    if (i + length > n || s[i + 1] < second_min || s[i + 1] > second_max)
        return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (!is_continuation(s[i + k]))
            return 0;
    return length;
}

std::size_t first_non_ascii(std::string_view bytes) {
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t word;
        std::memcpy(&word, s + i, sizeof word);
        if (word & 0x8080808080808080ull)
            break;
    }
    while (i < n && s[i] < 0x80)
        ++i;
    return i;
}

bool is_unicode_family(std::string_view name) {
    return name.size() >= 3 && (name[0] == 'u' || name[0] == 'U') &&
           (name[1] == 't' || name[1] == 'T') && (name[2] == 'f' || name[2] == 'F');
}

char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool is_label_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == ':';
}

} // namespace

std::size_t EncodingDetector::first_invalid_utf8(std::string_view bytes) {
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = first_non_ascii(bytes);
    while (i < n) {
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        const std::size_t length = utf8_sequence_length(s, i, n);
        if (length == 0)
            return i;
        i += length;
    }
    return n;
}

DetectedEncoding EncodingDetector::detect(std::string_view bytes, std::string_view language_hint,
                                          std::string_view declared) const {
    if (DetectedEncoding bom = detect_bom(bytes); !bom.converter.empty())
        return bom;
    if (std::string utf16 = detect_utf16_without_bom(bytes); !utf16.empty())
        return {utf16, 0, true};
    // Before UTF-8: Cyrillic or Greek UTF-16 is mostly ASCII-range bytes.
    if (std::string utf16 = detect_utf16_by_script(bytes); !utf16.empty())
        return {utf16, 0, true};
    const std::size_t non_ascii = first_non_ascii(bytes);
    if (non_ascii == bytes.size() || first_invalid_utf8(bytes) == bytes.size())
        return {"UTF-8", 0, false};
    if (DetectedEncoding damaged = detect_damaged_utf8(bytes); !damaged.converter.empty())
        return damaged;
    if (std::string converter = declared_converter(std::string(declared)); !converter.empty())
        return {converter, 0, false};
    if (std::string converter = declared_charset(bytes); !converter.empty())
        return {converter, 0, false};
    if (std::string guess = detect_with_icu(bytes, non_ascii, language_hint); !guess.empty())
        return {guess, 0, false};
    return {"windows-1252", 0, false};
}

DetectedEncoding EncodingDetector::detect_bom(std::string_view bytes) {
    // UTF-32LE's BOM begins with UTF-16LE's, so it is tested first.
    if (starts_with(bytes, std::string_view("\xFF\xFE\x00\x00", 4)))
        return {"UTF-32LE", 4, true};
    if (starts_with(bytes, std::string_view("\x00\x00\xFE\xFF", 4)))
        return {"UTF-32BE", 4, true};
    if (starts_with(bytes, "\xEF\xBB\xBF"))
        return {"UTF-8", 3, true};
    if (starts_with(bytes, "\xFF\xFE"))
        return {"UTF-16LE", 2, true};
    if (starts_with(bytes, "\xFE\xFF"))
        return {"UTF-16BE", 2, true};
    return {};
}

// The charset of <meta charset="..."> or <meta http-equiv content="...; charset=...">, when
// ICU knows it. Only consulted for bytes that are not UTF-8, so a page wrongly declaring
// UTF-8 is ignored; as in browsers, "iso-8859-1" and "us-ascii" mean windows-1252, which
// they are in practice.
std::string EncodingDetector::declared_charset(std::string_view bytes) {
    std::string head(bytes.substr(0, kDeclarationSampleBytes));
    for (char& c : head)
        c = lower(c);
    if (head.find("<meta") == std::string::npos)
        return {};
    const std::size_t key = head.find("charset");
    if (key == std::string::npos)
        return {};
    std::size_t i = key + 7;
    while (i < head.size() &&
           (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\''))
        ++i;
    std::size_t end = i;
    while (end < head.size() && is_label_char(head[end]))
        ++end;
    return declared_converter(head.substr(i, end - i));
}

std::string EncodingDetector::declared_converter(std::string label) {
    for (char& c : label)
        c = lower(c);
    if (label.empty() || is_unicode_family(label))
        return {};
    if (label == "iso-8859-1" || label == "latin1" || label == "us-ascii" || label == "ascii")
        return "windows-1252";
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(label.c_str(), &status);
    if (U_FAILURE(status))
        return {};
    ucnv_close(converter);
    return label;
}

// Latin-script UTF-16 has a NUL in the high byte of most code units and almost never in the
// low byte; binary files have NULs at both positions, so they are not mistaken for it.
std::string EncodingDetector::detect_utf16_without_bom(std::string_view bytes) {
    const std::size_t n = std::min(bytes.size(), kUtf16SampleBytes) & ~std::size_t{1};
    if (n == 0)
        return {};
    std::size_t nul_at_even = 0;
    std::size_t nul_at_odd = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        nul_at_even += bytes[i] == '\0';
        nul_at_odd += bytes[i + 1] == '\0';
    }
    const std::size_t units = n / 2;
    const auto most = [units](std::size_t count) {
        return count * 10 >= units * 3;
    };
    const auto few = [units](std::size_t count) {
        return count * 20 <= units;
    };
    if (most(nul_at_odd) && few(nul_at_even))
        return "UTF-16LE";
    if (most(nul_at_even) && few(nul_at_odd))
        return "UTF-16BE";
    return {};
}

// Text of a script in U+0100–U+1FFF (Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic,
// Thai, Georgian...) has one or two high bytes (the script's, and 0 for spaces and digits)
// in nearly every code unit, and varied low bytes with almost no NUL. ASCII text never has a
// high byte of 01–1F, so it is not mistaken for it.
std::string EncodingDetector::detect_utf16_by_script(std::string_view bytes) {
    const std::size_t n = std::min(bytes.size(), kUtf16SampleBytes) & ~std::size_t{1};
    if (n < 16)
        return {};
    const std::size_t units = n / 2;
    for (const std::size_t high : {std::size_t{1}, std::size_t{0}}) {
        std::size_t counts[256] = {};
        std::size_t low_nuls = 0;
        for (std::size_t i = 0; i < n; i += 2) {
            ++counts[static_cast<uint8_t>(bytes[i + high])];
            low_nuls += bytes[i + 1 - high] == '\0';
        }
        std::size_t script = 1;
        for (std::size_t b = 2; b < 0x20; ++b)
            if (counts[b] > counts[script])
                script = b;
        if (counts[script] == 0 || low_nuls * 20 > units)
            continue;
        if ((counts[script] + counts[0]) * 10 >= units * 9 && counts[script] * 2 >= units)
            return high == 1 ? "UTF-16LE" : "UTF-16BE";
    }
    return {};
}

DetectedEncoding EncodingDetector::detect_damaged_utf8(std::string_view bytes) {
    const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t well_formed = 0;
    DetectedEncoding damaged{"UTF-8", 0, true};
    for (std::size_t i = first_non_ascii(bytes); i < n;) {
        if (s[i] < 0x80) {
            ++i;
            continue;
        }
        const std::size_t length = utf8_sequence_length(s, i, n);
        if (length == 0) {
            if (damaged.invalid_bytes++ == 0)
                damaged.first_invalid = i;
            ++i;
        } else {
            ++well_formed;
            i += length;
        }
    }
    if (well_formed < 2 || well_formed < 2 * damaged.invalid_bytes)
        return {};
    return damaged;
}

std::string EncodingDetector::detect_with_icu(std::string_view bytes, std::size_t first_non_ascii,
                                              std::string_view language_hint) {
    // The sample starts a little before the first non-ASCII byte, where the evidence is.
    const std::size_t start = first_non_ascii > 1024 ? first_non_ascii - 1024 : 0;
    const std::string_view sample = bytes.substr(start, kDetectionSampleBytes);

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                        &ucsdet_close);
    if (U_FAILURE(status))
        return {};
    ucsdet_enableInputFilter(detector.get(), true); // ignore markup when the input is HTML
    ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status))
        return {};

    std::string best;
    for (int32_t k = 0; k < count; ++k) {
        UErrorCode match_status = U_ZERO_ERROR;
        const char* name = ucsdet_getName(matches[k], &match_status);
        const int32_t confidence = ucsdet_getConfidence(matches[k], &match_status);
        const char* language = ucsdet_getLanguage(matches[k], &match_status);
        // Unicode encodings were settled above: UTF-8 is invalid here, UTF-16 has no pattern.
        if (U_FAILURE(match_status) || name == nullptr || is_unicode_family(name) ||
            confidence < kMinimumConfidence)
            continue;
        if (best.empty())
            best = name;
        // Without a hint, the articles are French or English all the same.
        const std::string_view match_language = language == nullptr ? "" : language;
        if (language_hint.empty() ? (match_language == "fr" || match_language == "en")
                                  : match_language == language_hint)
            return name;
    }
    return best;
}

} // namespace whosaid::text
