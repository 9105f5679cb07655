#pragma once

#include "quotes/document_view.h"
#include "quotes/quote_finder.h"

#include <cstdint>

namespace whosaid::quotes {

// Whether the floor carries from one quotation to a later one that nothing attributes: the
// speaker of the earlier quotation goes on talking through narrative sentences that name
// nobody else ("«…», a dit X. Il est «probable que …»", "«…», a dit X. [Le budget] Quant
// au budget, «…»"). Someone else named in between, in narrative, takes the floor away; so
// do distance (a few sentences, the paragraph or the two after) and nothing else: the
// caller gives only quotations with no cue of their own that read as speech.
class FloorCarrier {
public:
    explicit FloorCarrier(const DocumentView& view) : view_(view) {}

    // Whether quote continues floor, whose speaker is the entity speaker (-1 when the
    // speaker is no actor: then any person or organization named in between breaks it).
    bool carries(const QuoteCandidate& floor, int32_t speaker, const QuoteCandidate& quote) const;
    // Whether a person or an organization other than speaker is named in the narrative
    // between the two quotations: it takes the floor ("«…», a dit X. Y était absent. «…»").
    bool other_named(const QuoteCandidate& floor, int32_t speaker,
                     const QuoteCandidate& quote) const;

private:
    // Whether the narrative of quote's sentence leaves the floor alone: nothing before the
    // mark, an impersonal or personal pronoun and a verb ("Il est «…»", "It is "…""), or a
    // topic closed by a comma ("Quant au budget, «…»", "Regarding the budget, "…""); and no
    // inverted subject of its own after it ("…», pouvait-on lire").
    bool leaves_floor(const QuoteCandidate& quote) const;

    const DocumentView& view_;
};

} // namespace whosaid::quotes
