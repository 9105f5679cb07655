#pragma once

#include <string_view>

namespace whosaid::quotes {

// Whether a folded, lower-case English word reads as a finite past-tense verb when it follows
// a noun phrase's head: a regular "-ed" form ("The governor opened by …", "A senior adviser
// declined to …") or a common irregular past ("began", "sought", "took"). The noun phrase
// chunker has no part-of-speech tagger; without this, "the governor sought" is read as one
// phrase headed by "sought". Nouns spelled "-ed" ("hundred", "speed", "bed") are left out.
bool english_past_verb(std::u16string_view w);

} // namespace whosaid::quotes
