#pragma once

#include "quotes/document_view.h"
#include "quotes/quote_finder.h"
#include "quotes/speaker_phrase_finder.h"
#include "quotes/speaker_sieve.h"
#include "quotes/working_quote.h"

namespace whosaid::quotes {

// The passes that give a quotation with no speech verb of its own to whoever holds the floor
// in the narrative around it: the subject of its clause, the subject of the speech verb of
// the sentence before, or the speaker of the quotation before when nobody else was named in
// between. Each pass reads a bounded stretch around each quotation: linear.
class FloorSweep {
public:
    FloorSweep(const DocumentView& view, SpeakerSieve& sieve, const SpeakerPhraseFinder& phrases,
               const QuoteFinder& finder)
        : view_(view), sieve_(sieve), phrases_(phrases), finder_(finder) {}

    // A quotation inside a narrative clause with no speech verb for it belongs to the
    // clause's subject; a new subject also takes the floor from a continued speaker
    // ("«…», a dit X. Y a jugé la décision «hâtive»."). Marks as claimed (speech) the
    // quotations attributed before this pass.
    void clause_subjects(WorkingQuotes& quotes) const;
    // A quotation that opens its sentence with no cue, after a narrative sentence whose
    // speech verb has a subject, is that subject's ("M. X rappelle que le dépôt ferme à
    // midi. «Pensez à vos reçus.»").
    void after_narration(WorkingQuotes& quotes) const;
    // A quotation nothing attributes, that reads as speech and has no cue of its own,
    // continues the speaker of the quotation before it when no one else was named in
    // between ("«…», a dit X. Il est «probable que …»").
    void carried(WorkingQuotes& quotes) const;

private:
    // Whether the quotation opens its sentence: no word before its mark in the sentence.
    bool opens_sentence(const QuoteCandidate& quote) const;
    // The subject of cue, the last speech cue of the sentence [first, last) before a
    // quotation, or nullopt.
    std::optional<SpeakerPhrase> narrator(const CueMatch& cue, size_t first, size_t last) const;

    const DocumentView& view_;
    SpeakerSieve& sieve_;
    const SpeakerPhraseFinder& phrases_;
    const QuoteFinder& finder_;
};

} // namespace whosaid::quotes
