#include "quotes/surname_salience.h"

namespace whosaid::quotes {

int32_t SurnameSalience::choose(const std::vector<Entity>& entities,
                                const std::vector<int32_t>& candidates) {
    if (candidates.size() == 1)
        return candidates.front();
    int32_t best = -1;
    size_t most = 0;
    size_t second = 0;
    for (int32_t e : candidates) {
        const size_t count = entities[static_cast<size_t>(e)].mentions.size();
        if (count > most) {
            second = most;
            most = count;
            best = e;
        } else if (count > second) {
            second = count;
        }
    }
    return most >= kMinMentions && most >= kDominance * second ? best : -1;
}

} // namespace whosaid::quotes
