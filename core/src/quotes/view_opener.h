#pragma once

#include "quotes/document_view.h"
#include "quotes/speaker_phrase_finder.h"
#include "quotes/speaker_sieve.h"

#include <cstddef>

namespace whosaid::quotes {

// "«…», a dit X. Pour Y, la réforme a divisé le pays. «…»": a narrative sentence opened by
// "Pour Y," or "Selon Y," gives Y's view, so Y takes the floor from the last speaker and the
// quotation after it is no continuation of X's words (FloorSweep then gives it to Y).

// Whether a sentence starting in tokens [from, to), outside quotations, opens with such a
// preposition cue whose object, a name or a description, is closed by a comma.
bool view_opened_between(const DocumentView& view, SpeakerSieve& sieve,
                         const SpeakerPhraseFinder& phrases, size_t from, size_t to);

} // namespace whosaid::quotes
