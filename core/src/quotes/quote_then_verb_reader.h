#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"
#include "quotes/organization_subject.h"
#include "quotes/quote_finder.h"
#include "quotes/speaker_phrase_finder.h"
#include "quotes/speaker_settler.h"

namespace whosaid::quotes {

// The sieve's rules for a reporting clause right after the closing mark, read up to the end
// of the quotation's clause:
// - quote-then-inverted-verb: «…», a déclaré M. X / «…», a-t-il ajouté / «…», n'a pas dit X
//   (apposition: «…», a déclaré le ministre, Sergueï Lavrov), an object pronoun before the
//   verb ("nous indique-t-on");
// - according-to after the quotation: «…», selon X / «…», d'après le récit qu'elle livre;
// - quote-then-subject-verb: «…», X said / «…», he added / "…" the man said / «….» X a dit.
// A new sentence after the quotation speaks for it only when it is nothing but "X said";
// words that run on from the mark without punctuation are the writer's sentence.
class QuoteThenVerbReader {
public:
    QuoteThenVerbReader(DocumentView& view, const CueFinder& cues,
                        const SpeakerPhraseFinder& phrases, SpeakerSettler& settler,
                        const OrganizationSubject& organizations)
        : view_(view), cues_(cues), phrases_(phrases), settler_(settler),
          organizations_(organizations) {}

    // Reads the reporting clause after quote, ending before token limit; fills out (cue,
    // speaker, rule, confidence; negated for "n'a pas dit") and returns true when it decides.
    // On false, out may hold nothing the caller keeps.
    bool read(const QuoteCandidate& quote, size_t limit, Attribution& out);

private:
    DocumentView& view_;
    const CueFinder& cues_;
    const SpeakerPhraseFinder& phrases_;
    SpeakerSettler& settler_;
    const OrganizationSubject& organizations_;
};

} // namespace whosaid::quotes
