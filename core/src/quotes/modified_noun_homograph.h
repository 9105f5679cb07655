#pragma once

#include "quotes/cue_finder.h"
#include "quotes/word_tokenizer.h"

namespace whosaid::quotes {

// Whether an English speech cue is a noun spelled like the verb that a modifier or the next
// word gives away, beyond the article or possessive noun_homograph.* reads: a bare form
// followed by a lower-case finite auxiliary ("the swing state is", "states have") with no
// relative word shortly before ("which the agency estimates would" stays a verb), or an "-s" form
// after a plural quantifier, capitalized modifiers aside ("many Asian states", "most
// Southern states", "several claims"). No verb of speech is followed by "is" or agrees
// with "many". "The report states" and "experts note" stay verbs.
bool reads_as_modified_noun(const TokenList& tokens, const CueMatch& cue);

} // namespace whosaid::quotes
