#pragma once

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

namespace whosaid::actors {

// Groups of mentions while they are linked: indices 0..size-1, each group named by its
// earliest member (the root), so the root of a group is always its first mention.
class UnionFind {
public:
    explicit UnionFind(size_t size) : parent_(size) {
        std::iota(parent_.begin(), parent_.end(), size_t{0});
    }

    // The root of x's group (halves the paths it walks).
    size_t find(size_t x) {
        while (parent_[x] != x) {
            parent_[x] = parent_[parent_[x]];
            x = parent_[x];
        }
        return x;
    }

    // Joins the groups of a and b; the earlier root stays the root.
    void unite(size_t a, size_t b) {
        a = find(a);
        b = find(b);
        if (a != b)
            parent_[std::max(a, b)] = std::min(a, b);
    }

    // Unites m with the one group among the candidates that accept() takes (m itself is
    // skipped); none or several groups: nothing. "The one person it can be."
    template <typename Candidates, typename Accept>
    void unite_with_unique(size_t m, const Candidates& candidates, const Accept& accept) {
        const size_t none = parent_.size();
        size_t match = none;
        bool ambiguous = false;
        for (size_t other : candidates) {
            if (other == m || !accept(other))
                continue;
            if (match != none && find(match) != find(other))
                ambiguous = true;
            match = other;
        }
        if (match != none && !ambiguous)
            unite(match, m);
    }

private:
    std::vector<size_t> parent_;
};

} // namespace whosaid::actors
