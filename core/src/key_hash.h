#pragma once

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
    size_t operator()(std::u16string_view key) const {
        return std::hash<std::u16string_view>{}(key);
    }
};

template <typename Value>
using KeyMap = std::unordered_map<std::u16string, Value, KeyHash, std::equal_to<>>;
using KeySet = std::unordered_set<std::u16string, KeyHash, std::equal_to<>>;

} // namespace whosaid::actors
