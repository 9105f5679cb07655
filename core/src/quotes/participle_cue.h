#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"

namespace whosaid::quotes {

// Whether the cue is a present participle ("…, saying the plan would "…"", "adding that",
// "en affirmant que"): it shares the subject of the clause it hangs on, and a noun phrase
// after it is its object or the reported clause's subject, never an inverted subject as
// after "said the mayor" or "a déclaré le maire".
bool is_present_participle(const DocumentView& view, const CueMatch& cue);

} // namespace whosaid::quotes
