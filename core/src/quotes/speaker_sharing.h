#pragma once

#include "quotes/document_view.h"
#include "quotes/speaker_phrase_finder.h"
#include "quotes/speaker_sieve.h"
#include "quotes/working_quote.h"

namespace whosaid::quotes {

// The passes that hand a speaker already found to quotations nearby that nothing
// attributed: the other quotations of its sentence, the other pieces of a quotation spread
// over paragraphs, and the quotations that continue a paragraph or follow one announcing
// them with ":". Each pass is one sweep over the quotations, so a document of a million
// quotations stays linear.
class SpeakerSharing {
public:
    SpeakerSharing(const DocumentView& view, SpeakerSieve& sieve,
                   const SpeakerPhraseFinder& phrases)
        : view_(view), sieve_(sieve), phrases_(phrases) {}

    // Quotations of one sentence share the attribution one of them got: the next attributed
    // quotation of the sentence, else the nearest attributed one before.
    void within_sentence(WorkingQuotes& quotes) const;
    // Pieces of a multi-paragraph quotation share their speaker.
    void across_pieces(WorkingQuotes& quotes) const;
    // An unattributed quotation continues the speaker of the quotation before it in its
    // paragraph; alone in its paragraph, it takes the speaker a previous paragraph ending
    // with ":" announces, or continues the previous paragraph's quotation.
    void across_paragraphs(WorkingQuotes& quotes) const;

private:
    // Whether the paragraph holds nothing but this quotation (and punctuation).
    bool alone_in_paragraph(const QuoteCandidate& quote) const;
    // Whether the quotation ends a sentence of the text: its words end with . ! ? … and a
    // capitalized word follows the closing mark.
    bool closes_sentence(const QuoteCandidate& quote) const;
    // Attributes w, which opens its sentence, to the reporter of the narrative sentence right
    // before it, a sentence after previous's own ("«…», dit X. A la barre, un gendarme
    // explique que … «…»", "…, reconnaît Y. «…»"): the one who reported last has the floor, not
    // previous. false, w untouched, when that sentence reports nobody.
    bool narrated_between(const WorkingQuote& previous, WorkingQuote& w) const;
    // Attributes w to the subject of the cue that the paragraph before it, ending with ":",
    // closes with; false when there is none.
    bool announced(WorkingQuote& w) const;

    const DocumentView& view_;
    SpeakerSieve& sieve_;
    const SpeakerPhraseFinder& phrases_;
};

} // namespace whosaid::quotes
