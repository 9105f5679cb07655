#pragma once

#include "quotes/cue_finder.h"
#include "quotes/word_tokenizer.h"

namespace whosaid::quotes {

// Whether an English speech cue is a noun spelled like the verb, reporting nobody's words:
// a bare form (no auxiliary, not a gerund) after an article, a possessive or a preposition
// ("the state", "her claims", "Hale's remarks", "in states", "of note"), or a capitalized
// form inside a name ("United States", "Secretary of State"). "to state", "that states"
// and "stating" stay verbs.
bool reads_as_noun(const TokenList& tokens, const CueMatch& cue);

} // namespace whosaid::quotes
