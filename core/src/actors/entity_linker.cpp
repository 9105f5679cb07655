#include "actors/entity_linker.h"

#include "actors/description_linker.h"
#include "actors/name_linker.h"
#include "actors/union_find.h"

#include <algorithm>
#include <numeric>

namespace whosaid::actors {

namespace {

// The groups in order of first mention, dropped mentions left out.
std::vector<MentionGroup> collect_groups(const RawMentionList& mentions,
                                         const std::vector<size_t>& order, UnionFind& groups) {
    const size_t n = mentions.size();
    std::vector<MentionGroup> out;
    std::vector<size_t> group_of_root(n, n); // roots are mention indices
    for (size_t m : order) {
        if (mentions[m].dropped)
            continue;
        const size_t root = groups.find(m);
        if (group_of_root[root] == n) {
            group_of_root[root] = out.size();
            out.emplace_back();
        }
        out[group_of_root[root]].members.push_back(m);
    }
    return out;
}

// A group names an actor when one of its mentions is a name met beyond sentence starts and
// lower-case uses; its kind is the one most of its surest names show.
bool settle_kind(const RawMentionList& mentions, MentionGroup& group) {
    // A capitalized word met only at the start of sentences is no name by itself.
    // Nor is one the article also writes in lower case ("les gilets", "le marché").
    const bool only_initials =
        std::all_of(group.members.begin(), group.members.end(), [&](size_t m) {
            return mentions[m].initial_single || mentions[m].common_word;
        });
    if (only_initials)
        return false;
    Certainty best = Certainty::Guess;
    bool named = false;
    for (size_t m : group.members)
        if (!mentions[m].is_description()) {
            named = true;
            best = std::max(best, mentions[m].certainty);
        }
    if (!named)
        return false;
    int votes[4] = {0, 0, 0, 0};
    for (size_t m : group.members)
        if (!mentions[m].is_description() && mentions[m].certainty == best)
            ++votes[static_cast<int>(mentions[m].kind)];
    group.kind = static_cast<EntityKind>(std::max_element(std::begin(votes), std::end(votes)) -
                                         std::begin(votes));
    return true;
}

} // namespace

std::vector<MentionGroup> EntityLinker::link(RawMentionList& mentions) const {
    const size_t n = mentions.size();
    UnionFind groups(n);
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return mentions[a].span.start < mentions[b].span.start;
    });
    NameLinker(lexicon_, mentions, order, groups).link();
    DescriptionLinker(lexicon_, mentions, groups).link();
    std::vector<MentionGroup> kept;
    for (MentionGroup& group : collect_groups(mentions, order, groups))
        if (settle_kind(mentions, group))
            kept.push_back(std::move(group));
    return kept;
}

} // namespace whosaid::actors
