#pragma once

#include "actors/token_stream.h"
#include "support/key_hash.h"

#include <string_view>
#include <unordered_set>

namespace whosaid::actors {

// The words an article writes in lower case somewhere: a capitalized word it also writes so
// is a common word capitalized by its place ("Given", "Debating" opening a sentence). The
// set is built on the first question, in one pass: most articles never ask.
class LowerCaseWords {
public:
    explicit LowerCaseWords(const TokenStream& tokens) : tokens_(tokens) {}

    // Whether the folded key is written in lower case somewhere in the article.
    bool contains(std::u16string_view key) const;

private:
    const TokenStream& tokens_;
    mutable bool built_ = false;
    mutable std::unordered_set<std::u16string_view, support::KeyHash> words_;
};

} // namespace whosaid::actors
