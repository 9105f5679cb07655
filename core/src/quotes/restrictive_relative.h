#pragma once

#include "quotes/document_view.h"
#include "quotes/speaker_phrase_finder.h"

#include <cstddef>
#include <optional>

namespace whosaid::quotes {

// "réclamée par le procureur qui a comparé les faits à «…»", "the lawyer who likened it to
// "…"": a quotation in a restrictive relative clause (no comma before "qui"/"who") is the
// words of the relative's antecedent, not of the main clause's subject. The antecedent is
// the longest phrase ending right before the relative pronoun: a name, or a description of
// a person; nullopt when none, or when the pronoun is not in [first, open).
std::optional<SpeakerPhrase> restrictive_antecedent(const DocumentView& view,
                                                    const SpeakerPhraseFinder& phrases,
                                                    size_t first, size_t open);

} // namespace whosaid::quotes
