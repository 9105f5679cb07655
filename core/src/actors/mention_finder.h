#pragma once

#include "actors/actor_lexicon.h"
#include "actors/attested_words.h"
#include "actors/chain_classifier.h"
#include "actors/known_mention_reader.h"
#include "actors/lower_case_words.h"
#include "actors/mention_collector.h"
#include "actors/name_chain.h"
#include "actors/organization_matcher.h"
#include "actors/place_phrase_matcher.h"
#include "actors/raw_mention.h"
#include "actors/role_mention_reader.h"
#include "actors/role_parser.h"
#include "actors/token_stream.h"
#include "actors/type_nouns.h"

#include <optional>

namespace whosaid::actors {

// One left-to-right pass over the tokens that finds every mention of an actor: roles
// with names ("le président russe Vladimir Poutine"), descriptions ("le chef de la
// diplomatie russe"), known entities, organizations by trigger noun, and capitalized
// name chains classified by their context. Mentions do not overlap, except names
// nested in a role or organization ("de la CGT"). Roles and known entities have readers
// of their own (RoleMentionReader, KnownMentionReader); the finder tries each reader in
// turn at each word and reads places, organizations, type nouns and name chains itself.
class MentionFinder {
public:
    MentionFinder(const ActorLexicon& lexicon, const TokenStream& tokens,
                  std::optional<Span> dateline);

    RawMentionList find();

private:
    // Each try_ reads what opens at token i and returns the token after it, or i. Its first
    // test, of word classes, rejects almost every token: it is inline, and the reading past
    // it (read_) is not.

    // "rue de Rivoli", "parc Monceau", "Palace of Westminster": a place-type noun heading a
    // name makes one place of both; "la capitale", demonyms.
    size_t try_place_phrase(size_t i) {
        return tokens_.in_class(i, kPlaceHeadClass | kDemonymStartClass) ? read_place_phrase(i) : i;
    }
    // Only a trigger noun opens an organization.
    size_t try_organization(size_t i) {
        return tokens_.in_class(i, kTriggerStartClass) ? read_organization(i) : i;
    }
    // "le quotidien", "the airline": a type noun standing for the actor holding that type.
    size_t try_type_description(size_t i) {
        return tokens_.in_class(i, kTypeNounClass) ? read_type_description(i) : i;
    }
    // Apart from name words, only a lower-case particle may open a chain ("van Oosterhout",
    // "in 't Hout").
    size_t try_chain(size_t i) {
        return chains_.is_name_word(i) || chains_.is_apostrophe_name(i) ||
                       chains_.opens_on_particle(i)
                   ? read_chain(i)
                   : i;
    }
    size_t read_place_phrase(size_t i);
    size_t read_organization(size_t i);
    size_t read_type_description(size_t i);
    size_t read_chain(size_t i);
    // French: the end of an organization's name opened by its own capital article inside a
    // sentence ("de La Gauche en Marche", "et La Nation insoumise"), or i.
    size_t article_name_end(size_t i) const;
    // A US lawmaker's party-and-state label ("R-Texas", "D-Va"): one capital, a hyphen, a
    // capitalized word. The hyphen test first: it rejects almost every word.
    bool is_party_label(size_t i) const {
        return tokens_[i].span.length() >= 4 &&
               tokens_.source()[tokens_[i].span.start + 1] == u'-' && read_party_label(i);
    }
    bool read_party_label(size_t i) const;
    // "Given Hobbs' record", "Debating Hobbs's plan": a sentence's first word glued to a name,
    // which the article writes in lower case elsewhere or which is shaped like an English
    // participle, and which no given name makes part of the name.
    bool opens_on_common_word(size_t i, const NameChain& chain) const;

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
    LowerCaseWords lower_;
    MentionCollector mentions_;
    RoleMentionReader role_mentions_;
    KnownMentionReader known_mentions_;
};

} // namespace whosaid::actors
