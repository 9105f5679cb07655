#pragma once

#include "actors/actor_lexicon.h"
#include "actors/name_chain.h"
#include "actors/token_stream.h"

#include <string>
#include <vector>

namespace whosaid::actors {

// An entity named inside a role's complement ("de la CGT", "du Kremlin").
struct NestedName {
    size_t first = 0;
    size_t last = 0;
    int32_t known_entity = -1; // -1 for a name found by its trigger noun or its role
    EntityKind kind = EntityKind::Organization; // of a name without known_entity
};

// A title or role with its modifiers: "président russe", "chef de la diplomatie
// syrienne", "ministre des Affaires étrangères", "Russian Foreign Minister".
struct RolePhrase {
    size_t first = 0; // first token of the role (after any article)
    size_t last = 0;
    int32_t title = -1;
    bool honorific = false;
    bool definite = false; // preceded by "le", "la", "the", "son"...
    bool modified = false; // has a nationality or complement
    // A modifier makes another office of the head, not a closer look at the same one: a
    // qualifier ("adjoint"), a common noun ("du gouvernement"), a portfolio ("Ecology").
    bool distinct = false;
    Gender gender = Gender::Unknown;
    std::u16string key; // "president|RU": canonical head and sorted modifiers
    std::vector<NestedName> nested;
};

// Reads role phrases at a token position. The key makes synonyms equal: "chef de l'État
// russe" and "président russe" share "president|RU".
class RoleParser {
public:
    RoleParser(const ActorLexicon& lexicon, const TokenStream& tokens,
               const NameChainBuilder& chains)
        : lexicon_(lexicon), tokens_(tokens), chains_(chains) {}

    // Whether a role may start at token i: one test of word classes, which rejects almost
    // every token before a RolePhrase is built. Every role opens on a title, or in English
    // on a demonym, a known name or a portfolio word before one. Inline: asked of every word.
    bool may_open(size_t i) const {
        if (lexicon_.french())
            return tokens_.in_class(i, kTitleStartClass);
        return tokens_.in_class(i, kTitleStartClass | kDemonymStartClass | kNameStartClass) ||
               tokens_.in_class(i + 1, kTitleStartClass);
    }
    // The role phrase starting at token i, or one with title == -1.
    RolePhrase parse(size_t i) const;

private:
    // A complement after a connector: a known entity or a capitalized name with its
    // adjectives. previous: the word before the connector. Returns its end, or first when
    // there is none.
    size_t complement(size_t first, size_t previous, RolePhrase& role,
                      std::vector<std::u16string>& modifiers) const;
    size_t adjectives(size_t first, std::u16string& text) const;
    // Tokens of a qualifier that makes another role of a head ("adjoint", "en chef"), or 0.
    size_t qualifier_length(size_t j) const;

    const ActorLexicon& lexicon_;
    const TokenStream& tokens_;
    const NameChainBuilder& chains_;
};

// Whether a lower-case word looks like an adjective that may follow a noun in a name
// ("européenne", "suprême", "nationale", "démocratique").
bool looks_like_adjective(std::u16string_view key);

} // namespace whosaid::actors
