#include "actors/held_role_index.h"

#include <algorithm>

namespace whosaid::actors {

HeldRoleIndex::HeldRoleIndex(const support::KeyMap<std::vector<size_t>>& holders) {
    for (const auto& [key, roots] : holders) {
        HeldRole role{split_key(key), &roots};
        by_head_[role.parts.front()].push_back(std::move(role));
    }
}

std::vector<std::u16string_view> HeldRoleIndex::split_key(std::u16string_view key) {
    std::vector<std::u16string_view> parts;
    size_t start = 0;
    while (start <= key.size()) {
        size_t bar = key.find(u'|', start);
        if (bar == std::u16string_view::npos)
            bar = key.size();
        parts.push_back(key.substr(start, bar - start));
        start = bar + 1;
    }
    return parts;
}

bool HeldRoleIndex::modifiers_within(const std::vector<std::u16string_view>& small,
                                     const std::vector<std::u16string_view>& large) {
    for (size_t k = 1; k < small.size(); ++k)
        if (std::find(large.begin() + 1, large.end(), small[k]) == large.end())
            return false;
    return true;
}

} // namespace whosaid::actors
