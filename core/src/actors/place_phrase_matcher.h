#pragma once

#include "actors/actor_lexicon.h"
#include "actors/name_chain.h"
#include "actors/token_stream.h"

namespace whosaid::actors {

// Finds place names headed by a place noun of the place_nouns lexicons: "rue de Rivoli",
// "boulevard Haussmann", "parc Monceau", "gare Saint-Lazare", "Palace of Westminster". The
// noun belongs to the name; a known place after it ("rue de Lisbonne") too.
class PlacePhraseMatcher {
public:
    PlacePhraseMatcher(const ActorLexicon& lexicon, const TokenStream& tokens,
                       const NameChainBuilder& chains)
        : lexicon_(lexicon), tokens_(tokens), chains_(chains) {}

    // The end of the place name opening at token i, or i when there is none.
    size_t match(size_t i) const;

private:
    const ActorLexicon& lexicon_;
    const TokenStream& tokens_;
    const NameChainBuilder& chains_;
};

} // namespace whosaid::actors
