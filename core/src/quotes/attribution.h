#pragma once

#include "quotes/cue_finder.h"
#include "whosaid/document.h"

#include <optional>
#include <string>

namespace whosaid::quotes {

// What the sieve decided for one quotation.
struct Attribution {
    std::optional<Speaker> speaker;
    int32_t speaker_entity = -1; // index of the speaker entity, -1 when none
    std::optional<CueMatch> cue;
    std::string rule; // without the language prefix
    double confidence = 0.0;
    int32_t source_speaker = -1; // a medium named by "selon", speaker only as a last resort
    Span source_speaker_mention;
    size_t attribution_end = 0; // one past the last token of the attribution clause
    bool negated = false;       // a negated cue: the quotation must stay unattributed
};

} // namespace whosaid::quotes
