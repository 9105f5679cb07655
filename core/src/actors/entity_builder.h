#pragma once

#include "actors/actor_lexicon.h"
#include "actors/entity_linker.h"
#include "actors/raw_mention.h"
#include "whosaid/document.h"

#include <string_view>
#include <vector>

namespace whosaid::actors {

// Builds the public entities (name, aliases, roles, sorted mentions) from the groups.
std::vector<Entity> build_entities(const ActorLexicon& lexicon, std::u16string_view text,
                                   const RawMentionList& mentions,
                                   const std::vector<MentionGroup>& groups);

} // namespace whosaid::actors
