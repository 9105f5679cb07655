#pragma once

#include "quotes/document_view.h"
#include "quotes/speaker_linker.h"
#include "quotes/speech_cue_lexicon.h"

#include <cstdint>

namespace whosaid::quotes {

// "ce dernier", "cette dernière", "the latter": a phrase that points back to the person
// mentioned last before it, by the rule of the language, not to the one the text is about.
class LatterReference {
public:
    LatterReference(const DocumentView& view, SpeakerLinker& linker,
                    const SpeechCueLexicon& lexicon)
        : view_(view), linker_(linker), lexicon_(lexicon) {}

    // The person entity the phrase at mention stands for: the last person mentioned outside
    // quotations before it, in its sentence or the two before, whose gender agrees ("cette
    // dernière" skips a man named after the woman). -1 when mention is no such phrase (or a
    // plural: "ces derniers"), when nobody agrees, or when a description of a person of that
    // gender ("un policier", "la voisine") stands between that person and the phrase: the
    // phrase then means the description, which stays as written.
    int32_t person_for(Span mention) const;

private:
    // Whether a description of a person whose gender does not clash opens at token k: a
    // determiner and a head of the lexicon's speakers naming people ("un policier", "the
    // officer"); an institution ("le tribunal") or a document speaks only as a last resort.
    bool description_at(size_t k, Gender gender) const;

    const DocumentView& view_;
    SpeakerLinker& linker_;
    const SpeechCueLexicon& lexicon_;
};

} // namespace whosaid::quotes
