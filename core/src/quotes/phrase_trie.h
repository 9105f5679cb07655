#pragma once

#include "quotes/word_tokenizer.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::quotes {

// Multi-word phrases over folded tokens, matched longest first from a start token. The edges
// of all nodes live in one open-addressing table keyed by (node, word): a step costs one
// probe, with no bucket lists to follow.
class PhraseTrie {
public:
    // start_class and next_class: WordClass bits the owning lexicon gives every first word of
    // the phrases, and every later word (and only those), so that longest() rejects most
    // tokens without hashing; 0 for none. The tokens given to longest() must then carry that
    // lexicon's classes.
    explicit PhraseTrie(uint32_t start_class = 0, uint32_t next_class = 0)
        : start_class_(start_class), next_class_(next_class) {}

    // Adds a phrase (its folded tokens) with a payload; a later duplicate keeps the first.
    void add(const std::vector<std::u16string>& phrase, int32_t payload);
    // The longest phrase starting at tokens[start] (within [start, limit)): its payload and
    // token count, or {-1, 0}.
    std::pair<int32_t, int32_t> longest(const TokenList& tokens, size_t start, size_t limit) const {
        if (start_class_ != 0 && start < limit && start < tokens.size() &&
            !tokens[start].is(start_class_))
            return {-1, 0};
        return longest_from(tokens, start, limit);
    }
    bool empty() const { return payloads_.size() <= 1; }
    // The first words of the phrases ("à" also stands for "a", as longest() reads it).
    std::vector<std::u16string_view> first_words() const { return words(true); }
    // The words of the phrases after their first (with "a" for "à" likewise).
    std::vector<std::u16string_view> later_words() const { return words(false); }

private:
    struct Edge {
        std::u16string word;
        uint64_t hash = 0;
        int32_t from = -1;
        int32_t to = -1; // -1: a free slot
    };

    // The child of node along word, or -1.
    int32_t child(int32_t node, std::u16string_view word) const;
    std::pair<int32_t, int32_t> longest_from(const TokenList& tokens, size_t start,
                                             size_t limit) const;
    static uint64_t edge_hash(int32_t node, std::u16string_view word);
    std::vector<std::u16string_view> words(bool first) const;
    void grow();

    uint32_t start_class_;
    uint32_t next_class_;
    std::vector<int32_t> payloads_{-1}; // by node; node 0 is the root
    std::vector<Edge> edges_ = std::vector<Edge>(16);
    size_t mask_ = 15;
    size_t edge_count_ = 0;
};

} // namespace whosaid::quotes
