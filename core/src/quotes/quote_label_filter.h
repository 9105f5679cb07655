#pragma once

#include "quotes/document_view.h"
#include "quotes/speech_cue_lexicon.h"

#include <cstdint>

namespace whosaid::quotes {

struct QuoteCandidate;

// Tells the quotations that name or label something from those that report words.
//
// A name: the title of a medium in French ("au «Parisien»", "sur «France Inter»"), whoever
// speaks; a title in Title Case ("«Radio Côte Nord»", "«People's Union Against Waste»"),
// unless someone is said to have said it and no medium frames it (a slogan, a nickname); a
// quotation after a possessive ("ABC’s “Nightline”") or after a naming participle
// ("intitulé", "baptisé", "dubbed", "titled"), even a whole sentence.
//
// A label: a short term the writer puts in quotation marks (scare quotes) and uses as a
// noun: after an article ("des «bonnets verts»", "les «casseurs»", "un «bonnet vert»") while
// the same term (singular and plural alike) is quoted elsewhere in the article; in French
// also between an article and a person's name ("le «bonnet rouge» Paul Roy"); in English
// also as a modifier before a noun ("the “blue hat” protesters").
class QuoteLabelFilter {
public:
    QuoteLabelFilter(const DocumentView& view, const SpeechCueLexicon& lexicon)
        : view_(view), lexicon_(lexicon) {}

    // The key two quotations of one term share: a hash of the folded words, a final plural
    // s/x dropped. 0 for quotations too long to be a term.
    uint64_t term_key(const QuoteCandidate& quote) const;
    // Whether the quotation is the name of a work, a show, an outlet or an organization.
    // linked: a speaker and a speech cue claim it, so a bare Title Case phrase is a slogan.
    bool is_name(const QuoteCandidate& quote, bool linked) const;
    // Whether the quotation is a term used as a noun or a modifier, not words reported.
    bool is_label(const QuoteCandidate& quote) const;

private:
    // Whether the quotation's words are exactly a medium's name: one of the media lexicon or
    // a media mention covering them.
    bool medium_title(const QuoteCandidate& quote) const;
    bool title_case(const QuoteCandidate& quote) const;
    // The nearest token before the opening mark (spaces are no tokens), or size() at the
    // sentence start.
    size_t before(const QuoteCandidate& quote) const;

    const DocumentView& view_;
    const SpeechCueLexicon& lexicon_;
};

} // namespace whosaid::quotes
