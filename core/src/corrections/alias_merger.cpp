#include "corrections/alias_merger.h"

#include "whosaid/unicode_text.h"

#include <algorithm>
#include <limits>
#include <map>
#include <unordered_map>

namespace whosaid::corrections {

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
    if (folded_groups_.empty())
        return 0;
    // Every name and alias is folded once; a long alias list then costs one lookup per name.
    std::unordered_map<std::u16string, std::vector<std::string>> entities_named;
    for (const Entity& entity : doc.entities) {
        entities_named[fold_for_matching(entity.name)].push_back(entity.id);
        for (const std::u16string& alias : entity.aliases)
            entities_named[fold_for_matching(alias)].push_back(entity.id);
    }
    std::map<std::string, std::string> merged_into; // entities merged away by earlier groups
    auto current = [&](std::string id) {
        for (auto it = merged_into.find(id); it != merged_into.end(); it = merged_into.find(id))
            id = it->second;
        return id;
    };
    size_t merges = 0;
    for (size_t g = 0; g < folded_groups_.size(); ++g) {
        const std::vector<std::u16string>& folded = folded_groups_[g];
        std::vector<std::string> members;
        size_t chosen = folded.size(); // the first name of the group the article uses
        for (size_t n = 0; n < folded.size(); ++n) {
            const auto found = entities_named.find(folded[n]);
            if (found == entities_named.end())
                continue;
            chosen = std::min(chosen, n);
            for (const std::string& id : found->second)
                if (std::find(members.begin(), members.end(), current(id)) == members.end())
                    members.push_back(current(id));
        }
        if (members.empty())
            continue;
        // The entity the article mentions first absorbs the others.
        std::sort(members.begin(), members.end(), [&](const std::string& a, const std::string& b) {
            return first_position(*editor.entity(a)) < first_position(*editor.entity(b));
        });
        for (size_t m = 1; m < members.size(); ++m) {
            editor.merge(members.front(), members[m]);
            merged_into[members[m]] = members.front();
        }
        merges += members.size() - 1;
        Entity& kept = *editor.entity(members.front());
        if (fold_for_matching(kept.name) != folded[chosen])
            editor.rename(kept, aliases_.groups[g][chosen]);
    }
    return merges;
}

} // namespace whosaid::corrections
