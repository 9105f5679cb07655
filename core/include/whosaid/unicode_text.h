#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

// UTF-16 → UTF-8. Unpaired surrogates become U+FFFD.
std::string to_utf8(std::u16string_view text);
// UTF-8 → UTF-16. Invalid sequences become U+FFFD (the loader validates before this).
std::u16string to_utf16(std::string_view utf8);

// Maps UTF-16 offsets of one text to Unicode code point offsets in O(1) per lookup.
class CodePointMap {
public:
    explicit CodePointMap(std::u16string_view text);
    // Code point index of the UTF-16 offset (0 ≤ offset ≤ text length).
    int64_t operator()(int32_t utf16_offset) const;

private:
    std::vector<int32_t> surrogates_before_; // empty when the text is all BMP
};

// Lower case, accents removed, typographic apostrophes made ASCII: a key for comparing
// names ("Sergueï" ~ "Serguei", "l’ONU" ~ "l'onu").
std::u16string fold_for_matching(std::u16string_view text);

} // namespace whosaid
