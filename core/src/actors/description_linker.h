#pragma once

#include "actors/actor_lexicon.h"
#include "actors/raw_mention.h"
#include "actors/union_find.h"
#include "support/key_hash.h"

#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace whosaid::actors {

class HeldRoleIndex;

// Links each description ("le chef de la diplomatie russe", "the airline") to the one
// actor of the article that holds its role: the same role key, a broader or narrower form
// of it, the leader of the same organization, or the one medium of the lexicon the type
// noun fits. A description no single actor holds is dropped. Runs after the names are
// linked, so a role learned from one mention is held by the person's whole group.
class DescriptionLinker {
public:
    DescriptionLinker(const ActorLexicon& lexicon, RawMentionList& mentions, UnionFind& groups)
        : lexicon_(lexicon), mentions_(mentions), groups_(groups) {}

    // Unites every description with its holder or marks it dropped.
    void link();

private:
    // The roles and organization leaderships each group holds through its named mentions.
    void index_holders();
    // The gender each group's named mentions show; mentions that disagree leave it unknown.
    void read_holder_genders();
    void index_known_media();
    void link_description(size_t m, const HeldRoleIndex& held_roles);
    // Only a feminine description is evidence: French writes "le ministre" for women too.
    bool fits(const RawMention& description, size_t root);
    // "le quotidien" that no name holds: the one medium of the lexicon the article names
    // that the type noun fits, or the number of mentions.
    size_t medium_of_type(std::u16string_view role_key);

    const ActorLexicon& lexicon_;
    RawMentionList& mentions_;
    UnionFind& groups_;
    support::KeyMap<std::vector<size_t>> holders_; // role key → roots
    support::KeyMap<std::vector<size_t>> leaders_; // "leader|cgt" → roots
    std::unordered_map<size_t, Gender> holder_gender_;
    std::vector<std::pair<size_t, int32_t>> known_media_; // (mention, known entity)
};

} // namespace whosaid::actors
