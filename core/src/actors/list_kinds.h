#pragma once

#include "actors/raw_mention.h"
#include "actors/token_stream.h"

namespace whosaid::actors {

// "à Drogenbos, Linkebeek et Wemmel", "les boutiques Lacoste, Orvane et Celio": names listed
// with a place or an organization the text or the lexicon proves are of that kind too. A
// guessed name in such a list (names joined by commas and one "et", "ou", "and", "or", or a
// route "de X à Y") takes the one kind that the list's sure names share, unless that kind is
// person. Linear after a sort of the mentions by position.
void share_list_kinds(const TokenStream& tokens, RawMentionList& mentions);

} // namespace whosaid::actors
