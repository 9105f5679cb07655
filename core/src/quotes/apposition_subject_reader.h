#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"
#include "quotes/name_phrase_reader.h"

#include <optional>

namespace whosaid::quotes {

class SpeakerPhraseFinder;

// Reads the subject of a verb past an apposition that closes right before it ("Cette
// dernière, petit gabarit et voix ferme, a confirmé"): the phrase ending at the apposition's
// opening comma, when the apposition names nobody and holds no speech cue. Without it the
// apposition's last words are read as the subject. One apposition only: a run of commas is a
// list, not a subject and its apposition. Work is bounded by the apposition's length.
class AppositionSubjectReader {
public:
    AppositionSubjectReader(const DocumentView& view, const CueFinder& cues,
                            const SpeakerPhraseFinder& phrases)
        : view_(view), cues_(cues), phrases_(phrases) {}

    // The subject before the apposition whose closing comma is token right - 1, reading no
    // further back than clause_start; nullopt when no apposition closes there, or when what
    // stands before it is no subject (a noun after a preposition, a place).
    std::optional<SpeakerPhrase> before(size_t right, size_t clause_start) const;

private:
    // The apposition's opening comma, when the words back to it are all plain words.
    std::optional<size_t> opening_comma(size_t right, size_t clause_start) const;

    const DocumentView& view_;
    const CueFinder& cues_;
    const SpeakerPhraseFinder& phrases_;
};

} // namespace whosaid::quotes
