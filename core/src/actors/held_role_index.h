#pragma once

#include "actors/union_find.h"
#include "support/key_hash.h"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace whosaid::actors {

// The roles the article's named actors hold ("ministre|affaires etrangeres|cc:ru"), each
// split into its parts once and filed by its head word, so that a description reads only
// the roles that share its head instead of splitting every role for every description.
class HeldRoleIndex {
public:
    // holders: role key → roots of the groups holding it; must outlive the index.
    explicit HeldRoleIndex(const support::KeyMap<std::vector<size_t>>& holders);

    // The one group that fits() whose role has the description's head and at least its
    // modifiers ("le ministre russe" for the one holder of "ministre|affaires
    // etrangeres|cc:ru"), or `none` when there is no such group or several. narrower: the
    // other way round, a role whose modifiers the description all has ("le Premier ministre
    // tchèque" for the one "Premier ministre" of the article).
    template <typename Fits>
    size_t holder(std::u16string_view description, UnionFind& groups, size_t none, Fits fits,
                  bool narrower = false) const {
        const std::vector<std::u16string_view> wanted = split_key(description);
        const auto same_head = by_head_.find(wanted.front());
        if (same_head == by_head_.end())
            return none;
        size_t found = none;
        for (const HeldRole& role : same_head->second) {
            const std::vector<std::u16string_view>& held = role.parts;
            if (!(narrower ? modifiers_within(held, wanted) : modifiers_within(wanted, held)))
                continue;
            for (size_t root : *role.roots) {
                const size_t current = groups.find(root);
                if (!fits(current))
                    continue;
                if (found != none && groups.find(found) != current)
                    return none;
                found = current;
            }
        }
        return found;
    }

private:
    // A role key's parts, split at '|': head first, then modifiers.
    static std::vector<std::u16string_view> split_key(std::u16string_view key);

    // A role some groups hold, split into its parts once.
    struct HeldRole {
        std::vector<std::u16string_view> parts; // head first, then modifiers
        const std::vector<size_t>* roots;
    };

    // Whether every modifier of `small` (parts after the head) is one of `large`.
    static bool modifiers_within(const std::vector<std::u16string_view>& small,
                                 const std::vector<std::u16string_view>& large);

    std::unordered_map<std::u16string_view, std::vector<HeldRole>, support::KeyHash> by_head_;
};

} // namespace whosaid::actors
