#include "quotes/surname_salience.h"

#include "quotes/dominant_entity.h"

namespace whosaid::quotes {

int32_t SurnameSalience::choose(const std::vector<Entity>& entities,
                                const std::vector<int32_t>& candidates) {
    if (candidates.size() == 1)
        return candidates.front();
    return dominant_entity(entities, candidates, kMinMentions, kDominance);
}

} // namespace whosaid::quotes
