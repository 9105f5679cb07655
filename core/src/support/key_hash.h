#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace whosaid::support {

// A key whose hash is already known: a phrase's key hashed as it grows token by token,
// so that looking up each of its prefixes does not hash it again from the start.
struct HashedKey {
    std::u16string_view key;
    size_t hash = 0;
    friend bool operator==(const HashedKey& a, const std::u16string& b) { return a.key == b; }
};

// Transparent hash so maps keyed by std::u16string are searched with string views,
// without building a string per lookup.
struct KeyHash {
    using is_transparent = void;
    static constexpr uint64_t kSeed = 14695981039346656037ull;
    // FNV-1a over the code units, inlined: keys are short folded words, for which the
    // library's out-of-line byte hash costs more than the table lookup itself. Going on
    // from the hash of a prefix gives the hash of the longer key.
    static uint64_t extend(uint64_t hash, std::u16string_view more) {
        for (char16_t unit : more) {
            hash ^= unit;
            hash *= 1099511628211ull;
        }
        return hash;
    }
    size_t operator()(std::u16string_view key) const {
        return static_cast<size_t>(extend(kSeed, key));
    }
    size_t operator()(const HashedKey& key) const { return key.hash; }
};

template <typename Value>
using KeyMap = std::unordered_map<std::u16string, Value, KeyHash, std::equal_to<>>;
using KeySet = std::unordered_set<std::u16string, KeyHash, std::equal_to<>>;

} // namespace whosaid::support
