#include "quotes/participle_cue.h"

#include <string_view>

namespace whosaid::quotes {

bool is_present_participle(const DocumentView& view, const CueMatch& cue) {
    // An auxiliary before the verb makes a tense ("is saying", "était en train de dire").
    if (cue.first != cue.verb || cue.pronoun)
        return false;
    const std::u16string_view verb = view.token(cue.verb).folded();
    if (verb.size() > 4 && verb.ends_with(u"ing"))
        return true;
    // "en affirmant", "tout en ajoutant".
    return verb.size() > 4 && verb.ends_with(u"ant") && cue.first > 0 &&
           view.token(cue.first - 1).folded() == u"en";
}

} // namespace whosaid::quotes
