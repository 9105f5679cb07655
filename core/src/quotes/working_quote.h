#pragma once

#include "quotes/attribution.h"
#include "quotes/quote_finder.h"
#include "support/large_block.h"

#include <string_view>
#include <vector>

namespace whosaid::quotes {

// Everything decided about one quotation while the attribution passes run (see
// QuoteAttributor): the candidate found in the text and the attribution it has so far.
struct WorkingQuote {
    QuoteCandidate candidate;
    Attribution attribution;
    bool claimed = false; // attributed before the clause-subject pass: speech, not scare quotes
};

// The quotations of a document in text order; a million of them stay in one large block.
using WorkingQuotes = std::vector<WorkingQuote, support::LargeArrayAllocator<WorkingQuote>>;

// Whether a pass has given the quotation a speaker.
inline bool attributed(const WorkingQuote& w) {
    return w.attribution.speaker.has_value();
}

// Copies the speaker of from onto to, under a later-pass rule and its confidence.
inline void inherit(WorkingQuote& to, const WorkingQuote& from, std::string_view rule,
                    double confidence) {
    to.attribution.speaker = from.attribution.speaker;
    to.attribution.speaker_entity = from.attribution.speaker_entity;
    to.attribution.rule = rule;
    to.attribution.confidence = confidence;
}

} // namespace whosaid::quotes
