#pragma once

#include "actor_lexicon.h"
#include "entity_linker.h"
#include "raw_mention.h"
#include "whosaid/document.h"

#include <string_view>
#include <vector>

namespace whosaid::actors {

// Builds the public entities (name, aliases, roles, sorted mentions) from the groups.
std::vector<Entity> build_entities(const ActorLexicon& lexicon, std::u16string_view text,
                                   const RawMentionList& mentions,
                                   const std::vector<MentionGroup>& groups);

} // namespace whosaid::actors
