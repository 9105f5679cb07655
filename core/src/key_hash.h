#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace whosaid::actors {

// Transparent hash so maps keyed by std::u16string are searched with string views,
// without building a string per lookup.
struct KeyHash {
    using is_transparent = void;
    // FNV-1a over the code units, inlined: keys are short folded words, for which the
    // library's out-of-line byte hash costs more than the table lookup itself.
    size_t operator()(std::u16string_view key) const {
        uint64_t hash = 14695981039346656037ull;
        for (char16_t unit : key) {
            hash ^= unit;
            hash *= 1099511628211ull;
        }
        return static_cast<size_t>(hash);
    }
};

template <typename Value>
using KeyMap = std::unordered_map<std::u16string, Value, KeyHash, std::equal_to<>>;
using KeySet = std::unordered_set<std::u16string, KeyHash, std::equal_to<>>;

} // namespace whosaid::actors
