#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"
#include "quotes/speaker_phrase_finder.h"

#include <optional>

namespace whosaid::quotes {

// A reporting clause that closes a sentence after a quotation, words in between:
// "… «entièrement détruit» dans la nuit, a expliqué le commandant." or
// "… «froze» and missed the exit, Mark Hill, the site manager, said on Monday."
struct TrailingClause {
    CueMatch cue;
    std::optional<SpeakerPhrase> subject; // unset when the cue carries its own pronoun
    size_t end = 0;                       // one past the clause's last token
};

// Finds the first comma-led reporting clause after a quotation in its sentence: an
// inverted speech verb and its subject (", a déclaré X", ", selon X", ", a-t-il dit") or a
// subject and its verb (", X said"). A verb that introduces a clause of its own (", estimant
// que …") reports something else. Reads a bounded number of tokens: never quadratic, never
// past the sentence.
class TrailingClauseFinder {
public:
    TrailingClauseFinder(const DocumentView& view, const CueFinder& cues,
                         const SpeakerPhraseFinder& phrases)
        : view_(view), cues_(cues), phrases_(phrases) {}

    // The clause after token from (the token after the closing mark), before limit.
    std::optional<TrailingClause> find(size_t from, size_t limit) const;

private:
    std::optional<TrailingClause> inverted(size_t at, size_t limit) const;
    std::optional<TrailingClause> subject_first(size_t at, size_t limit) const;
    // Whether the cue opens a clause of its own ("que", "that", ":") rather than closing one.
    bool introduces(const CueMatch& cue, size_t limit) const;

    const DocumentView& view_;
    const CueFinder& cues_;
    const SpeakerPhraseFinder& phrases_;
};

} // namespace whosaid::quotes
