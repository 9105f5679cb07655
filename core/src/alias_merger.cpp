#include "alias_merger.h"

#include "whosaid/unicode_text.h"

#include <algorithm>
#include <limits>

namespace whosaid {

namespace {

// Where the entity is first mentioned; mentions of merged entities are not sorted yet.
int32_t first_position(const Entity& entity) {
    int32_t first = std::numeric_limits<int32_t>::max();
    for (const Mention& mention : entity.mentions)
        first = std::min(first, mention.span.start);
    return first;
}

} // namespace

AliasMerger::AliasMerger(const AliasList& aliases) : aliases_(aliases) {
    for (const std::vector<std::u16string>& group : aliases.groups) {
        std::vector<std::u16string> folded;
        for (const std::u16string& name : group)
            folded.push_back(fold_for_matching(name));
        folded_groups_.push_back(std::move(folded));
    }
}

size_t AliasMerger::apply(Document& doc, DocumentEditor& editor) const {
    size_t merges = 0;
    for (size_t g = 0; g < folded_groups_.size(); ++g) {
        const std::vector<std::u16string>& folded = folded_groups_[g];
        std::vector<std::string> members; // in document order: the first is kept
        size_t chosen = folded.size();    // the first name of the group the article uses
        for (size_t n = 0; n < folded.size(); ++n) {
            for (const Entity& entity : doc.entities) {
                if (!names_entity(entity, folded[n]))
                    continue;
                chosen = std::min(chosen, n);
                if (std::find(members.begin(), members.end(), entity.id) == members.end())
                    members.push_back(entity.id);
            }
        }
        if (members.empty())
            continue;
        std::sort(members.begin(), members.end(), [&](const std::string& a, const std::string& b) {
            return first_position(*editor.entity(a)) < first_position(*editor.entity(b));
        });
        for (size_t m = 1; m < members.size(); ++m)
            editor.merge(members.front(), members[m]);
        merges += members.size() - 1;
        Entity& kept = *editor.entity(members.front());
        if (fold_for_matching(kept.name) != folded[chosen])
            editor.rename(kept, aliases_.groups[g][chosen]);
    }
    return merges;
}

} // namespace whosaid
