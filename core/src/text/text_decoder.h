#pragma once

#include "whosaid/result.h"

#include <string>
#include <string_view>

namespace whosaid::text {

// Text decoded from bytes, with the canonical name of the encoding used.
struct DecodedText {
    std::u16string text;
    std::string encoding;           // "UTF-8", "UTF-16LE", "windows-1252", "ISO-8859-1", ...
    std::string warning;            // empty, or why some bytes became U+FFFD (without the name)
    std::size_t replaced_bytes = 0; // bytes shown as U+FFFD (when warning is not empty)
    std::size_t first_replaced = 0; // offset of the first of them in the input
};

// Turns bytes into UTF-16 with ICU converters. A byte order mark is skipped when detected,
// left in the text (as U+FEFF) when the caller named the encoding.
class TextDecoder {
public:
    // encoding: any ICU converter name or alias, or empty to detect it (EncodingDetector).
    // An explicit encoding is strict: bytes it cannot decode give BadEncoding. Detected
    // encodings fall back to windows-1252, which decodes every byte.
    // name only labels error messages. declared: see LoadOptions::declared_encoding.
    Result<DecodedText> decode(std::string_view bytes, const std::string& encoding,
                               std::string_view language_hint, std::string_view name,
                               std::string_view declared = {}) const;

    // The MIME or IANA name of an ICU converter ("cp1252" → "windows-1252"), or empty when
    // ICU does not know the name.
    static std::string canonical_name(const std::string& converter);
};

} // namespace whosaid::text
