#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"

#include <cstddef>

namespace whosaid::quotes {

// "comme l'explique X", "comme le souligne X", "ainsi que l'a rappelé X", "tel que l'a
// raconté X": a comparative clause in which the clitic stands for what is said, so the speech
// verb's subject comes after it, never before (the subject before belongs to the main clause).

// Whether the cue is the verb of such a clause: "comme" (or "ainsi que", "tel que") and the
// clitic le/la/l' right before it.
bool opens_comparative(const DocumentView& view, const CueMatch& cue);

// Where the reporting clause after a quotation starts when it is a comparative clause
// opening at k: the speech verb after the clitic ("«…», comme l'a dit X": the "a"), or the
// subject pronoun before the clitic ("«…», comme elle le répète": "elle"); k when no such
// clause opens there. Reads only the few words of the clause opening.
size_t comparative_clause_start(const DocumentView& view, const CueFinder& cues, size_t k,
                                size_t limit);

} // namespace whosaid::quotes
