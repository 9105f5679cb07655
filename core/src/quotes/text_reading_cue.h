#pragma once

#include "quotes/cue_finder.h"
#include "quotes/speech_cue_lexicon.h"
#include "quotes/word_tokenizer.h"

namespace whosaid::quotes {

// Whether an English cue "read", "reads" or "reading" reads no written text and so quotes
// nobody: the verb speaks only beside a text it gives voice to, as its subject ("the email
// read", "… ," read the statement") or as what a person reads out ("read from a prepared
// statement"), or after a text it describes ("a sign reading": the sentence's subject shows
// it). "read the book" or "read the news" report no words. The written texts are the
// lexicon's documents (document_noun).
bool reads_no_text(const SpeechCueLexicon& lexicon, const TokenList& tokens, const CueMatch& cue);

} // namespace whosaid::quotes
