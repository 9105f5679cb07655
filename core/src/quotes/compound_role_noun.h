#pragma once

#include "quotes/document_view.h"
#include "quotes/speech_cue_lexicon.h"

#include <string>

namespace whosaid::quotes {

// The role noun a description's head stands for, read whole: a hyphenated noun ("le
// porte-parole") is one noun, and a shared office ("le co-porte-parole", "la coprésidente")
// is the office itself, one of whose holders speaks. The key is folded as role_families.tsv
// is (hyphens kept, no spaces); the head's own folded form when no compound or prefix applies.
class CompoundRoleNoun {
public:
    CompoundRoleNoun(const DocumentView& view, const SpeechCueLexicon& lexicon)
        : view_(view), lexicon_(lexicon) {}

    // The folded role noun whose last token is head.
    std::u16string at(size_t head) const;

private:
    const DocumentView& view_;
    const SpeechCueLexicon& lexicon_;
};

} // namespace whosaid::quotes
