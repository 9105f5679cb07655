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
    // start_class: a WordClass bit the owning lexicon gives every first word of the phrases
    // (and only those), so that longest() rejects most tokens without hashing; 0 for none.
    // The tokens given to longest() must then carry that lexicon's classes.
    explicit PhraseTrie(uint32_t start_class = 0) : start_class_(start_class) {}

    // Adds a phrase (its folded tokens) with a payload; a later duplicate keeps the first.
    void add(const std::vector<std::u16string>& phrase, int32_t payload);
    // The longest phrase starting at tokens[start] (within [start, limit)): its payload and
    // token count, or {-1, 0}.
    std::pair<int32_t, int32_t> longest(const std::vector<Token>& tokens, size_t start,
                                        size_t limit) const;
    bool empty() const { return nodes_.size() <= 1; }
    // The first words of the phrases ("à" also stands for "a", as longest() reads it).
    std::vector<std::u16string_view> first_words() const;

private:
    struct Node {
        actors::KeyMap<int32_t> children;
        int32_t payload = -1;
    };
    uint32_t start_class_;
    std::vector<Node> nodes_{1};
};

} // namespace whosaid::quotes
