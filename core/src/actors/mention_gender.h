#pragma once

#include "actors/actor_lexicon.h"
#include "actors/raw_mention.h"

namespace whosaid::actors {

// The gender a mention shows: its own cue ("Mme", "la ministre"), else the gender of the
// given name it opens with, else unknown.
inline Gender mention_gender(const ActorLexicon& lexicon, const RawMention& mention) {
    if (mention.gender != Gender::Unknown)
        return mention.gender;
    if (mention.given_name_first && !mention.words.empty())
        return lexicon.given_name_gender(mention.words.front());
    return Gender::Unknown;
}

} // namespace whosaid::actors
