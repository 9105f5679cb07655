#pragma once

#include "key_hash.h"

#include <cstdint>
#include <string>
#include <vector>

namespace whosaid::quotes {

struct Token;

// Multi-word phrases over folded tokens, matched longest first from a start token.
class PhraseTrie {
public:
    // Adds a phrase (its folded tokens) with a payload; a later duplicate keeps the first.
    void add(const std::vector<std::u16string>& phrase, int32_t payload);
    // The longest phrase starting at tokens[start] (within [start, limit)): its payload and
    // token count, or {-1, 0}.
    std::pair<int32_t, int32_t> longest(const std::vector<Token>& tokens, size_t start,
                                        size_t limit) const;
    bool empty() const { return nodes_.size() <= 1; }

private:
    struct Node {
        actors::KeyMap<int32_t> children;
        int32_t payload = -1;
    };
    std::vector<Node> nodes_{1};
};

} // namespace whosaid::quotes
