#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"
#include "quotes/quote_finder.h"
#include "quotes/speaker_phrase_finder.h"
#include "quotes/speaker_settler.h"

#include <optional>

namespace whosaid::quotes {

// speaker-label: a name and a colon alone before the quotation, as in a transcript ("Jean
// Dupont : «…»", "Clinton: "…" Bush: "…""), or a label of a few words naming a reply and
// owned by a name ("Réaction immédiate de Jean Dupont :", "Même constat chez Anne Martin :",
// "Reaction from X:"). Only a person or an organization labels words.
class SpeakerLabelReader {
public:
    SpeakerLabelReader(const DocumentView& view, const CueFinder& cues,
                       const SpeakerPhraseFinder& phrases, SpeakerSettler& settler)
        : view_(view), cues_(cues), phrases_(phrases), settler_(settler) {}

    // Fills out (speaker, rule, confidence) and returns true when a label before quote names
    // its speaker.
    bool read(const QuoteCandidate& quote, Attribution& out);

private:
    // The name that owns a label of a few words naming a reply, ending at colon.
    std::optional<SpeakerPhrase> owner_label(size_t first, size_t colon) const;
    // Whether token k is a dash with a space on each side, a heading's end.
    bool spaced_dash(size_t k) const;

    const DocumentView& view_;
    const CueFinder& cues_;
    const SpeakerPhraseFinder& phrases_;
    SpeakerSettler& settler_;
};

} // namespace whosaid::quotes
