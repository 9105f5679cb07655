#pragma once

#include "actors/actor_lexicon.h"
#include "actors/attested_words.h"
#include "actors/chain_classifier.h"
#include "actors/name_chain.h"
#include "actors/organization_matcher.h"
#include "actors/place_phrase_matcher.h"
#include "actors/raw_mention.h"
#include "actors/role_parser.h"
#include "actors/token_stream.h"
#include "actors/type_nouns.h"

#include <optional>
#include <string_view>
#include <vector>

namespace whosaid::actors {

// One left-to-right pass over the tokens that finds every mention of an actor: roles
// with names ("le président russe Vladimir Poutine"), descriptions ("le chef de la
// diplomatie russe"), known entities, organizations by trigger noun, and capitalized
// name chains classified by their context. Mentions do not overlap, except names
// nested in a role or organization ("de la CGT").
class MentionFinder {
public:
    MentionFinder(const ActorLexicon& lexicon, const TokenStream& tokens,
                  std::optional<Span> dateline);

    RawMentionList find();

private:
    size_t try_dateline(size_t i);
    // "rue de Rivoli", "parc Monceau", "Palace of Westminster": a place-type noun heading a
    // name makes one place of both.
    size_t try_place_phrase(size_t i);
    size_t try_role(size_t i);
    size_t try_known(size_t i);
    // "PSG-Montpellier": known entities joined by a hyphen, one mention each.
    size_t try_known_parts(size_t i);
    size_t try_organization(size_t i);
    // "le quotidien", "the airline": a type noun standing for the actor holding that type.
    size_t try_type_description(size_t i);
    size_t try_chain(size_t i);

    // ", le porte-parole du Kremlin": a role in apposition after a person.
    size_t apposition_after(size_t mention, size_t end);
    // Whether the word at i carries an apposition on ("dans", "et", "during") rather than
    // opening a clause.
    bool continues_apposition(size_t i) const;
    // "(ex-Twitter)" after a medium: its former name, merged with it.
    size_t former_name_after(size_t mention, size_t end);
    // "(OMS)" after a name: the acronym, merged with it. Returns the new end.
    size_t acronym_after(size_t mention, size_t end);
    void add_nested(const std::vector<NestedName>& nested);
    size_t add(RawMention mention);
    RawMention named(size_t first, size_t last, EntityKind kind, Certainty certainty) const;
    std::u16string role_text(const RolePhrase& role) const;

    const ActorLexicon& lexicon_;
    const TokenStream& tokens_;
    std::optional<Span> dateline_;
    NameChainBuilder chains_;
    RoleParser roles_;
    OrganizationMatcher organizations_;
    PlacePhraseMatcher places_;
    ChainClassifier classifier_;
    TypeNounReader types_;
    AttestedWords attested_;
    RawMentionList mentions_;
};

} // namespace whosaid::actors
