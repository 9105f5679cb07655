#pragma once

#include "actors/raw_mention.h"
#include "actors/token_stream.h"

namespace whosaid::actors {

// Flags the guessed one-word names ("Gilets", "Marché" opening a sentence) that the article
// also writes in lower case: common nouns, which the linker then keeps out. One pass over the
// tokens, a hash only for the few words a bit signature lets through.
void mark_common_words(const TokenStream& tokens, RawMentionList& mentions);

} // namespace whosaid::actors
