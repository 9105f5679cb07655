#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"
#include "quotes/name_phrase_reader.h"

#include <optional>

namespace whosaid::quotes {

// The subject pronoun (he, she) of the last clause a linking word opens in tokens [first,
// open), when no comma closes that clause before the mark at open: "X backed the bill,
// although she still has «…»", "«…,» says X, 41, but he was stunned when he read about the
// «…»". The quotation is that clause's, its pronoun the speaker's words.
std::optional<SpeakerPhrase> linked_pronoun_subject(const DocumentView& view, size_t first,
                                                    size_t open);

// Whether the words cue reports are a quotation next to it, so that its clause ended before
// the linking word at token link: "«…,» says X, but …", "said Y is «…,» but …"; not "said he
// left because he was «…»", where the cue reports the linked clause.
bool cue_words_quoted(const DocumentView& view, const CueMatch& cue, size_t link);

} // namespace whosaid::quotes
