#pragma once

#include "actors/actor_lexicon.h"
#include "actors/name_chain.h"
#include "actors/token_stream.h"

#include <string>

namespace whosaid::actors {

// A common noun standing for a named organization or medium: "le quotidien", "the airline".
struct TypeDescription {
    size_t end = 0; // == the noun's token when there is none
    EntityKind kind = EntityKind::Organization;
    std::u16string key; // "type:quotidien", shared with the actor holding that type
};

// Reads the type nouns of the type_nouns lexicons on both sides: the type a named actor
// holds ("le quotidien Le Parisien", "tribunal correctionnel de Lyon", "Supreme Court") and
// the description that later stands for it ("le quotidien", "le tribunal", "the court").
// The linker joins a description to the one actor holding its key.
class TypeNounReader {
public:
    TypeNounReader(const ActorLexicon& lexicon, const TokenStream& tokens,
                   const NameChainBuilder& chains)
        : lexicon_(lexicon), tokens_(tokens), chains_(chains) {}

    // "type:NOUN" for the organization or medium named by tokens [first, last) when a type
    // noun introduces it or heads it; empty otherwise.
    std::u16string held_type(size_t first, size_t last, EntityKind kind) const;
    // The description opening at token i: a definite article before a lower-case type noun
    // that no name follows ("le quotidien a révélé", "the airline said").
    TypeDescription description(size_t i) const;

private:
    // The kind a type noun at token i stands for, if it is a lower-case type noun.
    bool type_noun_at(size_t i, EntityKind& kind) const;

    const ActorLexicon& lexicon_;
    const TokenStream& tokens_;
    const NameChainBuilder& chains_;
};

} // namespace whosaid::actors
