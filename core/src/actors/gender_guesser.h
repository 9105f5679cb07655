#pragma once

#include "actors/actor_lexicon.h"
#include "actors/entity_linker.h"
#include "actors/raw_mention.h"
#include "actors/token_stream.h"

#include <vector>

namespace whosaid::actors {

// The grammatical gender of a person as the text shows it: honorifics and gendered
// titles ("Mme", "présidente", "spokeswoman") first, then the given name, then the
// agreement and pronouns right after a mention ("s'est dite", "a-t-elle", "she said").
class GenderGuesser {
public:
    // Reads the cues of every mention of a person group once, in the mentions' order (the
    // text's): a long article's tokens are then visited front to back, not group by group.
    GenderGuesser(const ActorLexicon& lexicon, const TokenStream& tokens,
                  const RawMentionList& mentions, const std::vector<MentionGroup>& groups);

    // The gender of one of the person groups given to the constructor.
    Gender guess(const MentionGroup& group) const;

private:
    // Positive for feminine cues, negative for masculine ones, from one mention.
    int score(const RawMention& mention) const;
    // +1 feminine, -1 masculine, 0 nothing, from the words after a mention.
    int agreement_after(Span mention) const;

    const ActorLexicon& lexicon_;
    const TokenStream& tokens_;
    std::vector<int8_t> scores_; // per mention; 0 for mentions of other groups
};

} // namespace whosaid::actors
