#pragma once

#include "actors/token_stream.h"
#include "support/key_hash.h"

#include <cstddef>
#include <string_view>
#include <unordered_map>

namespace whosaid::actors {

// The sentence openers an article also writes in lower case somewhere: such a word is a
// common word capitalized by its place ("Given", "Debating"), not the start of a name.
// Built on the first question: most articles never ask. Only the openers are hashed, and a
// lower-case word is looked up only while an opener shaped like it is still undecided,
// because hashing every word of the article was most of what the question cost.
class LowerCaseWords {
public:
    explicit LowerCaseWords(const TokenStream& tokens) : tokens_(tokens) {}

    // Whether the word of token i, a capitalized word opening a sentence, line or
    // quotation, is written in lower case somewhere in the article; false for any other
    // token.
    bool opener_written_lower(size_t i) const;

private:
    void build() const;
    // A summary of a key (its length, first, middle and last units) that the keys of most
    // other words miss.
    static size_t shape(std::u16string_view key);

    static constexpr size_t kShapeBits = 14;

    const TokenStream& tokens_;
    mutable bool built_ = false;
    // Each opener's key, and whether the article writes it in lower case.
    mutable std::unordered_map<std::u16string_view, bool, support::KeyHash> openers_;
};

} // namespace whosaid::actors
