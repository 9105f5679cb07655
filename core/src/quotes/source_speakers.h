#pragma once

#include "quotes/document_view.h"
#include "quotes/source_finder.h"
#include "quotes/working_quote.h"

#include <cstdint>
#include <optional>
#include <utility>

namespace whosaid::quotes {

// The last passes: a quotation still without a speaker is given the one its source names.
// "selon le quotidien X, qui cite un proche du dossier": the person or organization the
// medium cites speaks (else the cited phrase, as an anonymous description), X staying the
// source; failing that, a medium named by "selon" speaks itself.
class SourceSpeakers {
public:
    SourceSpeakers(const DocumentView& view, const SourceFinder& sources)
        : view_(view), sources_(sources) {}

    // Attributes each unattributed quotation to the speaker its sentence's medium cites.
    // Each sentence is read once, however many quotations it holds.
    void cited(WorkingQuotes& quotes);
    // Attributes each unattributed quotation with a medium named by "selon" to that medium.
    void medium(WorkingQuotes& quotes) const;

private:
    // Attributes w to the speaker its sentence's medium cites; leaves it alone when none.
    void cite(WorkingQuote& w);

    const DocumentView& view_;
    const SourceFinder& sources_;
    size_t sentence_ = SIZE_MAX; // first token of the sentence last read, and its phrase
    std::optional<std::pair<size_t, size_t>> phrase_;
};

} // namespace whosaid::quotes
