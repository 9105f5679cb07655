#pragma once

#include "actors/actor_lexicon.h"
#include "actors/token_stream.h"

#include <string_view>
#include <vector>

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

// One part of a hyphenated word that names a known entity by itself.
struct KnownPart {
    Span span;                // in the text
    std::u16string_view word; // folded key of the part: a view into the token's key
    int32_t entity = -1;
    bool acronym = false;
};

// "PSG-Montpellier", "Mons-Bruxelles": a capitalized word whose hyphen parts each name a known
// entity (a fixture, a route). Every part when all are known, none otherwise.
std::vector<KnownPart> match_known_parts(const ActorLexicon& lexicon, const TokenStream& tokens,
                                         size_t i);

} // namespace whosaid::actors
