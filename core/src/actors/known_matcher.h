#pragma once

#include "actors/actor_lexicon.h"
#include "actors/token_stream.h"

namespace whosaid::actors {

// A known entity found at a token position.
struct KnownMatch {
    size_t tokens = 0; // 0 when nothing matched
    int32_t entity = -1;
    bool acronym = false;
};

// Longest known entity (country, city, medium, organization) written at token first,
// with the case its lexicon form requires: "Monde" only after "du"/"au", an ambiguous
// medium ("X") only after a network cue, acronyms in capitals, never in a shouted line.
KnownMatch match_known(const ActorLexicon& lexicon, const TokenStream& tokens, size_t first);

} // namespace whosaid::actors
