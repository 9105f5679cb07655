#pragma once

#include <cstdint>
#include <string_view>

namespace whosaid::quotes {

// A hash of a folded word (not empty) from its length and three of its units, in constant
// time: the open-addressing tables of the quotation rules are probed once per token, and
// compare the words in full, so words that collide here are still told apart.
inline uint64_t folded_word_hash(std::u16string_view word) {
    const size_t n = word.size();
    uint64_t h = n * 0x9E3779B97F4A7C15ull;
    h ^= word[0] * 0xC2B2AE3D27D4EB4Full;
    h ^= word[n - 1] * 0x165667B19E3779F9ull;
    h ^= word[n / 2] * 0x27D4EB2F165667C5ull;
    return h ^ (h >> 29);
}

} // namespace whosaid::quotes
