#pragma once

#include "actors/actor_lexicon.h"
#include "actors/name_chain.h"
#include "actors/raw_mention.h"
#include "actors/token_stream.h"

#include <string_view>
#include <utility>

namespace whosaid::actors {

// Reads the words around a capitalized chain for the MentionFinder: whether the chain is
// a name at all, and which kind of actor its context makes it.
class ChainClassifier {
public:
    ChainClassifier(const ActorLexicon& lexicon, const TokenStream& tokens,
                    const NameChainBuilder& chains);

    // The word before token i (skipping an elided article's apostrophe), or tokens.size().
    size_t word_before(size_t i) const;
    // Whether the capitalized run from token i holds an organization trigger noun.
    bool capitalized_run_has_trigger(size_t i) const;
    // False for chains that only look like names: demonyms ("Indonesians"), one letter,
    // Roman ordinals ("XXe").
    bool is_plausible_name(const NameChain& chain) const;
    // "les Valenciennois", "des Rennais": a plural article before a word shaped like the name
    // of a town's inhabitants (French).
    bool is_plural_gentile(size_t i) const;
    // "Nord-est", "Sud-Ouest", "North-East": compass points, which head regions ("le Nord-est
    // de la France"), not names.
    static bool is_compass_compound(std::u16string_view key);
    // "western", "southern": an English compass adjective, which opens a name ("Western
    // Journalism", "the Southern District") but is never a name, nor a person's, by itself.
    static bool is_compass_adjective(std::u16string_view key);
    // A capitalized word its context shows to be a common word (French): after an indefinite
    // article ("un Youtubeur"), or an adverb before a comma ("Parallèlement,").
    bool is_common_noun_shape(size_t i) const;
    // "Saint-Ghislain", "Loir-et-Cher": one word shaped like a town's name.
    bool is_toponym(size_t i, const NameChain& chain) const;
    // "TV", "FM", "Radio" right after a name, which they make a broadcaster's.
    bool is_media_suffix(size_t i) const;
    // A demonym, a word for a group of people ("Marseillais", "Muslims"), a plural demonym or a
    // compound of them ("Franco-Marocain"): folded key.
    bool is_group_word(std::u16string_view key) const;
    // The kind of the chain starting at token i, and how sure its context makes it: media
    // and organization cues before it, articles, place context, an apposition after it.
    std::pair<EntityKind, Certainty> classify(size_t i, const NameChain& chain) const;

private:
    // "à X", "in X", "the city of X": the word before token i says X is a place.
    bool has_place_context(size_t i) const;
    static bool is_place_noun(std::u16string_view key);
    // "Java Sea", "Thurlow Gardens".
    bool ends_with_place_noun(const NameChain& chain) const;
    // "Odette, 84 ans,", "Dale, 45, said", "Ana (31 ans)": an age right after a name makes it a
    // person's, whatever the capital of its word says.
    bool age_follows(size_t end) const;
    // The kind an apposition gives the name ending at end ("X, une ONG"), Person if none.
    EntityKind apposition_kind(size_t end) const;

    const ActorLexicon& lexicon_;
    const TokenStream& tokens_;
    const NameChainBuilder& chains_;
};

} // namespace whosaid::actors
