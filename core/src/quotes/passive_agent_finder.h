#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"
#include "quotes/quote_finder.h"

#include <optional>

namespace whosaid::quotes {

// A quotation that a passive speech verb frames, its agent after the closing mark:
// "Qualifié de «gourou» par un élu, …", "La piste est jugée «peu probable» par les
// gendarmes", "the plan, called "reckless" by the union, …", "described as "a disaster"
// by X". The agent said the quoted words.
struct PassiveAgent {
    CueMatch cue;
    size_t agent = 0; // the first token after "par" / "by"
};

// Finds the passive verb right before the opening mark (with "de", "comme", "as" in between)
// and "par" / "by" right after the closing mark. Reads a few tokens around the marks.
class PassiveAgentFinder {
public:
    PassiveAgentFinder(const DocumentView& view, const CueFinder& cues, bool french)
        : view_(view), cues_(cues), french_(french) {}

    std::optional<PassiveAgent> find(const QuoteCandidate& quote) const;

private:
    // Whether the verb form at token k can be a past participle.
    bool participle(size_t k) const;

    const DocumentView& view_;
    const CueFinder& cues_;
    bool french_;
};

} // namespace whosaid::quotes
