#pragma once

#include "actors/actor_lexicon.h"
#include "actors/raw_mention.h"
#include "whosaid/document.h"

#include <string_view>
#include <vector>

namespace whosaid::actors {

// The mentions of one actor, before they become an Entity.
struct MentionGroup {
    std::vector<size_t> members; // indices into the mentions, in text order
    EntityKind kind = EntityKind::Person;
};

// Merges mentions into actors: the same known entity or the same name key; full names
// with surnames and "M. X" (only when one person of the article bears the surname);
// shorter forms of a full name ("Wira Santoso"); acronyms with expansions;
// descriptions with the one person who holds the role. Indexed by key, never pairwise.
// The names are linked first (NameLinker), then the descriptions to the groups they formed
// (DescriptionLinker); a group is kept when it holds a name, with the kind its surest names
// show.
class EntityLinker {
public:
    explicit EntityLinker(const ActorLexicon& lexicon) : lexicon_(lexicon) {}

    // Groups in order of first mention. Mentions that cannot be resolved are marked dropped.
    std::vector<MentionGroup> link(RawMentionList& mentions) const;

private:
    const ActorLexicon& lexicon_;
};

} // namespace whosaid::actors
