#pragma once

#include "actors/actor_lexicon.h"
#include "actors/name_chain.h"
#include "actors/organization_matcher.h"
#include "actors/raw_mention.h"
#include "actors/role_parser.h"
#include "actors/token_stream.h"
#include "actors/type_nouns.h"

#include <vector>

namespace whosaid::actors {

// Keeps the mentions the finder's readers find, in the order found, and builds the common
// ones: a name's mention from its tokens, the names nested in a role or organization, and
// what may follow a name in brackets (its acronym, a medium's former name), merged with it.
class MentionCollector {
public:
    MentionCollector(const ActorLexicon& lexicon, const TokenStream& tokens,
                     const NameChainBuilder& chains, const OrganizationMatcher& organizations,
                     const TypeNounReader& types)
        : lexicon_(lexicon), tokens_(tokens), chains_(chains), organizations_(organizations),
          types_(types) {}

    // Appends a mention; returns its index.
    size_t add(RawMention mention) {
        if (mention.kind == EntityKind::Person && mention.words.size() >= 2)
            note_stopword_surname(mention);
        mentions_.push_back(std::move(mention));
        return mentions_.size() - 1;
    }
    // Whether the capitalized stopword at token i ends a person's full name found earlier
    // ("Owen Read" … "Read said"), where it may stand alone as the surname.
    bool is_stopword_surname(size_t i) const;
    RawMention& operator[](size_t index) { return mentions_[index]; }
    void reserve(size_t count) { mentions_.reserve(count); }
    // The mentions found; the collector is empty afterwards.
    RawMentionList take() { return std::move(mentions_); }

    // A mention named by the tokens first..last, with its words and the type it holds.
    RawMention named(size_t first, size_t last, EntityKind kind, Certainty certainty) const;
    // Adds the names a role or organization phrase holds ("de la CGT").
    void add_nested(const std::vector<NestedName>& nested);
    // "(OMS)" after a name: the acronym, merged with it. Returns the new end.
    size_t acronym_after(size_t mention, size_t end);
    // "(ex-Twitter)" after a medium: its former name, merged with it. Returns the new end.
    size_t former_name_after(size_t mention, size_t end);

private:
    const ActorLexicon& lexicon_;
    const TokenStream& tokens_;
    const NameChainBuilder& chains_;
    const OrganizationMatcher& organizations_;
    const TypeNounReader& types_;
    // A full name's last word that is a stopword ("Read"): a few per article at most.
    void note_stopword_surname(const RawMention& mention);

    RawMentionList mentions_;
    std::vector<std::u16string_view> stopword_surnames_;
};

} // namespace whosaid::actors
