#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"

namespace whosaid::quotes {

// Whether the cue's verb group opens right after the relative "qui"/"who", its subject
// ("l'avocate qui qualifiait la manifestation de «…»", "the senator who called the bill
// "…""): the noun phrase after the verb is then its object, never an inverted subject as
// after "a déclaré le maire" or "said the mayor".
bool follows_subject_relative(const DocumentView& view, const CueMatch& cue);

} // namespace whosaid::quotes
