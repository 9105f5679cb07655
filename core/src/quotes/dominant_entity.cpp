#include "quotes/dominant_entity.h"

namespace whosaid::quotes {

int32_t dominant_entity(const std::vector<Entity>& entities, const std::vector<int32_t>& candidates,
                        size_t min_mentions, size_t dominance) {
    int32_t best = -1;
    size_t most = 0;
    size_t second = 0;
    for (const int32_t e : candidates) {
        const size_t count = entities[static_cast<size_t>(e)].mentions.size();
        if (count > most) {
            second = most;
            most = count;
            best = e;
        } else if (count > second) {
            second = count;
        }
    }
    return most >= min_mentions && most >= dominance * second ? best : -1;
}

} // namespace whosaid::quotes
