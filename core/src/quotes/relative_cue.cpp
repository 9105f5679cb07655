#include "quotes/relative_cue.h"

#include "quotes/phrase_words.h"

namespace whosaid::quotes {

bool follows_subject_relative(const DocumentView& view, const CueMatch& cue) {
    return !cue.pronoun && cue.first > 0 && is_relative(view.token(cue.first - 1));
}

} // namespace whosaid::quotes
