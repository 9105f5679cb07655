#pragma once

#include "quotes/document_view.h"

#include <optional>

namespace whosaid::quotes {

// Where the owner of words or figures starts after "selon"/"according to": "selon les
// informations du quotidien X", "selon la terminologie de la Ligue", "selon les chiffres
// publiés mardi par le ministère", "according to a statement from the agency", "according
// to figures released by X". The noun stands for what its owner said or wrote, so the owner
// speaks. Only "de"/"of"/"from" right after the noun, or a participle of publishing and
// "par"/"by"; "un texte transmis par X" is carried by X, not written by it.
// Returns the first token of the owner phrase (an entity mention when one opens there),
// or nothing when token i does not open such a noun. Reads a few tokens.
std::optional<size_t> utterance_owner_at(const DocumentView& view, size_t i, size_t limit);

} // namespace whosaid::quotes
