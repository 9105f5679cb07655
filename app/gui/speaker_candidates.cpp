#include "speaker_candidates.h"

#include "article.h"

#include <algorithm>
#include <climits>
#include <numeric>
#include <tuple>

namespace {

int kindRank(whosaid::EntityKind kind) {
    switch (kind) {
    case whosaid::EntityKind::Person:
    case whosaid::EntityKind::Organization:
        return 0;
    case whosaid::EntityKind::Media:
        return 1;
    case whosaid::EntityKind::Place:
        return 2;
    }
    return 2;
}

int distanceTo(const whosaid::Entity& entity, int position) {
    if (position < 0)
        return 0;
    int nearest = INT_MAX;
    for (const whosaid::Mention& mention : entity.mentions)
        nearest = std::min(nearest, position < mention.span.start
                                        ? mention.span.start - position
                                        : std::max(0, position - mention.span.end));
    return nearest;
}

} // namespace

std::vector<int> speakerCandidates(const Article& article, int position) {
    std::vector<int> entities(static_cast<size_t>(article.entityCount()));
    std::iota(entities.begin(), entities.end(), 0);
    std::vector<std::tuple<int, int, int>> keys;
    for (int e : entities)
        keys.emplace_back(kindRank(article.entity(e).kind), distanceTo(article.entity(e), position),
                          e);
    std::sort(keys.begin(), keys.end());
    for (size_t i = 0; i < keys.size(); ++i)
        entities[i] = std::get<2>(keys[i]);
    return entities;
}
