#pragma once

#include "whosaid/document.h"

#include <cstdint>
#include <vector>

namespace whosaid::quotes {

// Which of several persons sharing a surname a bare surname stands for ("Ward said" in an
// article naming two Wards). A reader takes the one the article is about: the person
// named at least kMinMentions times and kDominance times as often as each other holder of
// the surname. With no such person the surname stays ambiguous (-1), as a spurious
// one-mention "person" the recognizer made of a phrase ending with the surname does not
// make it so ("Team Roe" beside Jane Roe named ten times).
class SurnameSalience {
public:
    static constexpr size_t kMinMentions = 3;
    static constexpr size_t kDominance = 3;

    // The entity among candidates (indexes into entities, persons sharing one surname) the
    // bare surname stands for: the only one, or the dominant one; -1 when none dominates.
    static int32_t choose(const std::vector<Entity>& entities,
                          const std::vector<int32_t>& candidates);
};

} // namespace whosaid::quotes
