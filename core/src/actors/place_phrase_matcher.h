#pragma once

#include "actors/actor_lexicon.h"
#include "actors/name_chain.h"
#include "actors/token_stream.h"

#include <string>

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
    // "la capitale", "la capitale française", "the French capital": a description of a capital
    // city. Returns its end (i when there is none) and the role key it gives ("capital",
    // "capital|cc:fr"), which the capitals' own mentions hold.
    size_t capital(size_t i, std::u16string& key) const;

private:
    const ActorLexicon& lexicon_;
    const TokenStream& tokens_;
    const NameChainBuilder& chains_;
};

} // namespace whosaid::actors
