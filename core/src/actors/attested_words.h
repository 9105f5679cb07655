#pragma once

#include "actors/actor_lexicon.h"
#include "actors/name_chain.h"
#include "actors/token_stream.h"
#include "support/key_hash.h"

#include <string_view>
#include <unordered_set>

namespace whosaid::actors {

// The capitalized words an article writes away from sentence starts, shouted lines and
// title-case headlines: where a capital is evidence of a name. Views into the tokens' keys,
// so that only the set's nodes are allocated.
class AttestedWords {
public:
    explicit AttestedWords(const TokenStream& tokens);

    bool contains(std::u16string_view key) const { return words_.count(key) != 0; }
    // The chain cut before its first capitalized word that is not attested (a given name and
    // the word after it excepted); empty if none is left.
    NameChain trimmed(NameChain chain) const;

private:
    const TokenStream& tokens_;
    std::unordered_set<std::u16string_view, support::KeyHash> words_;
};

} // namespace whosaid::actors
