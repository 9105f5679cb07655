#pragma once

#include "quotes/cue_finder.h"
#include "quotes/word_tokenizer.h"

namespace whosaid::quotes {

// Whether an English speech cue is a noun spelled like the verb, reporting nobody's words.
// Either a bare form (no auxiliary, not a gerund) after an article, a possessive or a
// preposition ("the state", "her claims", "Hale's remarks", "in states", "of note"), or a
// capitalized form inside a name ("United States", "Secretary of State"); or a bare form
// followed by a lower-case finite auxiliary ("the swing state is", "states have") with no
// relative word shortly before ("which the agency estimates would" stays a verb), or an "-s"
// form after a plural quantifier, capitalized modifiers aside ("many Asian states", "most
// Southern states", "several claims"): no verb of speech is followed by "is" or agrees with
// "many". "to state", "that states", "stating", "The report states" and "experts note" stay
// verbs. The quantifiers are the kPluralQuantifier word class (plural_quantifiers.tsv), so the
// tokens must carry their classes (DocumentView's do).
bool reads_as_noun(const TokenList& tokens, const CueMatch& cue);

} // namespace whosaid::quotes
