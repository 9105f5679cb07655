#pragma once

#include "whosaid/document.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace whosaid::quotes {

// The entity among candidates (indexes into entities) that the article is about: the one
// named most often, when it is named at least min_mentions times and dominance times as
// often as any other candidate; -1 otherwise (a tie included).
int32_t dominant_entity(const std::vector<Entity>& entities, const std::vector<int32_t>& candidates,
                        size_t min_mentions, size_t dominance);

} // namespace whosaid::quotes
