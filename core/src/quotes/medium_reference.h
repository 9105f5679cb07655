#pragma once

#include "quotes/document_view.h"

namespace whosaid::quotes {

// The medium a definite description of a medium stands for ("le quotidien", "the paper",
// "la chaîne" after "Le Monde", "CNN" was named): the last medium named before it, within
// a few paragraphs; a medium named right after the kind ("le quotidien Les Échos") is that
// medium. -1 when the description names no kind of medium or none was named.
// The medium then speaks only when nobody else does (SpeakerSettler keeps it aside).
int32_t referred_medium(const DocumentView& view, Span description);

} // namespace whosaid::quotes
