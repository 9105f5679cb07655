#pragma once

#include "actor_lexicon.h"
#include "key_hash.h"
#include "name_chain.h"
#include "organization_matcher.h"
#include "raw_mention.h"
#include "role_parser.h"
#include "token_stream.h"

#include <optional>
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

    std::vector<RawMention> find();

private:
    size_t try_dateline(size_t i);
    size_t try_role(size_t i);
    size_t try_known(size_t i);
    size_t try_organization(size_t i);
    size_t try_chain(size_t i);

    // ", le porte-parole du Kremlin": a role in apposition after a person.
    size_t apposition_after(size_t mention, size_t end);
    // "(ex-Twitter)" after a medium: its former name, merged with it.
    size_t former_name_after(size_t mention, size_t end);
    // "(OMS)" after a name: the acronym, merged with it. Returns the new end.
    size_t acronym_after(size_t mention, size_t end);
    void add_nested(const std::vector<NestedName>& nested);
    size_t add(RawMention mention);
    RawMention named(size_t first, size_t last, EntityKind kind, Certainty certainty) const;
    // The word before token i (skipping an elided article's apostrophe), or size().
    size_t word_before(size_t i) const;
    bool capitalized_run_has_trigger(size_t i) const;
    // False for chains that only look like names: demonyms ("Indonesians"), one letter,
    // Roman ordinals ("XXe").
    bool is_plausible_name(const NameChain& chain) const;
    // "à X", "in X", "the city of X": the word before token i says X is a place.
    bool has_place_context(size_t i) const;
    static bool is_place_noun(std::u16string_view key);
    // "Java Sea", "Thurlow Gardens".
    bool ends_with_place_noun(const NameChain& chain) const;
    // The kind an apposition gives the name ending at end ("X, une ONG"), Person if none.
    EntityKind apposition_kind(size_t end) const;
    std::u16string role_text(const RolePhrase& role) const;

    const ActorLexicon& lexicon_;
    const TokenStream& tokens_;
    std::optional<Span> dateline_;
    NameChainBuilder chains_;
    RoleParser roles_;
    OrganizationMatcher organizations_;
    KeySet attested_; // capitalized words met away from the start of a sentence
    std::vector<RawMention> mentions_;
};

} // namespace whosaid::actors
