#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"

#include <optional>
#include <vector>

namespace whosaid::quotes {

// The speech verb whose reported clause holds the cue inner: "Anne Roy said she thinks the
// plan is «…»", "X told reporters that Y believes «…»", "X a affirmé qu'il pense que «…»".
// The marks quote the words of whoever reports the clause, so the outer verb speaks. cues
// are the paragraph's cues in text order; the outer one starts at or after sentence_first.
// The outer verb is followed by a few words (an addressee, a date) and "that"/"que", or
// directly by the inner verb's subject of a few words; nothing but words stands between
// them. nullopt when no cue before inner embeds it that way.
std::optional<CueMatch> embedding_report(const DocumentView& view,
                                         const std::vector<CueMatch>& cues, const CueMatch& inner,
                                         size_t sentence_first);

} // namespace whosaid::quotes
