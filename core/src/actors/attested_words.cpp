#include "actors/attested_words.h"

namespace whosaid::actors {

AttestedWords::AttestedWords(const TokenStream& tokens) : tokens_(tokens) {
    // insert() leaves a word already there alone: one hash per capitalized word.
    for (size_t i = 0; i < tokens_.size(); ++i)
        if (tokens_.has(i, kUpper) && !tokens_.has(i, kInitial) && !tokens_.has(i, kShouting) &&
            !tokens_.has(i, kTitleCase))
            words_.insert(tokens_.key(i));
}

NameChain AttestedWords::trimmed(NameChain chain) const {
    size_t end = chain.first;
    size_t words = 0;
    for (size_t j = chain.first; j < chain.last; ++j) {
        if (tokens_.has(j, kUpper) && !tokens_.in_class(j, kParticleClass)) {
            // A given name and the word after it are a person's name whatever the line.
            const bool given = tokens_.in_class(chain.first, kGivenNameClass) && words < 2;
            if (!given && !contains(tokens_.key(j)))
                break;
            ++words;
            end = j + 1;
        }
    }
    chain.last = words == 0 ? chain.first : end;
    chain.words = words;
    return chain;
}

} // namespace whosaid::actors
