#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace whosaid::text {

// What the detector concluded about a byte string.
struct DetectedEncoding {
    std::string converter;         // an ICU converter name: "UTF-8", "UTF-16LE", "windows-1252"...
    std::size_t bom_length = 0;    // bytes of byte order mark to skip before converting
    bool from_structure = false;   // BOM or UTF-16 NUL pattern: trust it even if some bytes fail
    std::size_t invalid_bytes = 0; // UTF-8 with a few bad bytes: how many (replaced by U+FFFD)
    std::size_t first_invalid = 0; // and the offset of the first, for the warning
};

// Guesses the encoding of text bytes, in order of reliability: byte order mark, UTF-16
// without BOM (NUL bytes at alternating positions, or, for non-Latin scripts, one script's
// high byte at alternating positions), strict UTF-8, UTF-8 with a few ill-formed bytes (at
// least twice as many well-formed multi-byte sequences as bad bytes: a legacy single-byte
// file almost never forms one), a charset declared by the transport (HTTP) or by an HTML
// page (<meta charset=...>),
// ICU charset detection, and finally windows-1252 (the usual encoding of legacy French and
// English text).
class EncodingDetector {
public:
    // language_hint: "fr", "en" or empty; among ICU's guesses, one in that language wins
    // (with no hint, one in French or English).
    // declared: a charset the transport gave (HTTP), preferred to the page's <meta>.
    DetectedEncoding detect(std::string_view bytes, std::string_view language_hint,
                            std::string_view declared = {}) const;

    // Byte offset of the first ill-formed UTF-8 sequence (overlongs, surrogates and values
    // past U+10FFFF are ill-formed), or bytes.size() when the whole input is valid.
    static std::size_t first_invalid_utf8(std::string_view bytes);

private:
    static DetectedEncoding detect_bom(std::string_view bytes);
    static std::string detect_utf16_without_bom(std::string_view bytes);
    static std::string detect_utf16_by_script(std::string_view bytes);
    static DetectedEncoding detect_damaged_utf8(std::string_view bytes);
    static std::string declared_charset(std::string_view bytes);
    // The converter for a declared charset label, or empty (unknown, or a Unicode encoding
    // the bytes already failed to be).
    static std::string declared_converter(std::string label);
    static std::string detect_with_icu(std::string_view bytes, std::size_t first_non_ascii,
                                       std::string_view language_hint);
};

} // namespace whosaid::text
