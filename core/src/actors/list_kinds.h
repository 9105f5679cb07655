#pragma once

#include "actors/raw_mention.h"
#include "actors/token_stream.h"

namespace whosaid::actors {

// "à Drogenbos, Linkebeek et Wemmel", "in Kalibo and Iloilo": names listed with a place the
// text or the lexicon proves are places too. A guessed name in such a list (its words joined
// only by commas and "et", "ou", "and", "or") takes the place kind when the list holds a sure
// place and no sure person. Linear after a sort of the mentions by position.
void share_list_kinds(const TokenStream& tokens, RawMentionList& mentions);

} // namespace whosaid::actors
