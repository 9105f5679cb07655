#pragma once

#include "quotes/document_view.h"
#include "quotes/quote_finder.h"
#include "quotes/speaker_phrase_finder.h"
#include "quotes/speaker_sieve.h"

namespace whosaid::quotes {

// A narrative sentence that reports someone's words gives that someone the floor: "Un voisin
// raconte que les flammes ont surpris M. X. «…», a-t-il ajouté", "Des pompiers expliquent que
// … «…», ont-ils précisé", "A neighbor said the fire spread fast. "…," he added". The subject
// of its last speech verb (or the object of "selon", "according to") is noted on the sieve's
// floor before the quotation that follows is attributed, so that a pronoun continues it and
// the names of the reported words do not take it (SpeakerSettler::note_reporter).
class ReporterFloor {
public:
    ReporterFloor(const DocumentView& view, SpeakerSieve& sieve, const SpeakerPhraseFinder& phrases)
        : view_(view), sieve_(sieve), phrases_(phrases) {}

    // Notes the reporter of the sentence right before quote's sentence, when that sentence
    // holds no quotation and stands in quote's paragraph or the one before. Call in text
    // order, before quote is attributed; each sentence is read once.
    void note_before(const QuoteCandidate& quote);

private:
    // The reporter of the narrative sentence of tokens [first, last), or nullopt.
    std::optional<SpeakerPhrase> reporter(size_t first, size_t last);

    const DocumentView& view_;
    SpeakerSieve& sieve_;
    const SpeakerPhraseFinder& phrases_;
    int read_ = -1; // the last sentence read
};

} // namespace whosaid::quotes
