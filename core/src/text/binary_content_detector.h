#pragma once

#include <string>
#include <string_view>

namespace whosaid::text {

// Tells text from binary data after decoding, so the test holds whatever the encoding.
class BinaryContentDetector {
public:
    // Why the text looks binary ("it contains NUL bytes", ...), or empty when it looks like
    // text. Binary: any U+0000, or more than 1% C0 control characters other than tab, line
    // feed, vertical tab, form feed and carriage return. Fewer than 3 such controls never
    // count, so one stray control character does not make a short file binary.
    std::string reason(std::u16string_view text) const;

    // What a journalist is told about bytes that are not text: what the file looks like from
    // its first bytes ("this looks like an image (PNG), not an article"), with what whosaid reads.
    std::string message(std::string_view bytes) const;
};

} // namespace whosaid::text
