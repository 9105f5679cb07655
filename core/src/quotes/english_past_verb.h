#pragma once

#include "quotes/word_tokenizer.h"

namespace whosaid::quotes {

// Whether a lower-case English token reads as a finite past-tense verb when it follows a noun
// phrase's head: a regular "-ed" form ("The governor opened by …", "A senior adviser declined
// to …") or a common irregular past ("began", "sought", "took": the kIrregularPast word class,
// from irregular_pasts.tsv, so the token must come from a DocumentView). The noun phrase
// chunker has no part-of-speech tagger; without this, "the governor sought" is read as one
// phrase headed by "sought". Nouns spelled "-ed" ("hundred", "speed", "bed") are left out.
bool english_past_verb(const Token& t);

} // namespace whosaid::quotes
