#pragma once

#include "quotes/document_view.h"
#include "quotes/quote_label_filter.h"
#include "quotes/quote_mark_scanner.h"
#include "quotes/speech_cue_lexicon.h"

#include <vector>

namespace whosaid::quotes {

// A quotation found in the text, before attribution.
struct QuoteCandidate {
    QuotedRange range;
    size_t open = 0;           // token of the opening mark (or first word of a piece)
    size_t close = 0;          // one past the last token of the marks
    size_t sentence_first = 0; // tokens of the sentence(s) holding the quotation
    size_t sentence_last = 0;
    QuoteKind kind = QuoteKind::Direct;
    int word_count = 0;
    int repeats = 1;     // quotations of the document that read as the same short term
    bool listed = false; // in a list of quotations separated by commas only
};

// Turns quoted ranges into candidates and decides their kind and whether they are speech.
//
// Kind: direct when the quotation is a sentence or clause of speech on its own: it opens its
// sentence, follows ":" or "," or a "que"/"that" right after a speech cue, or is a whole
// sentence (capital first, final punctuation). Otherwise it is a fragment woven into the
// writer's sentence: partial.
//
// Not speech (dropped): names and labels (see QuoteLabelFilter); quoted names of works,
// operations, movements and the like (a quote right after "le film", "l'opération", "le
// mouvement des"…) unless it is a whole sentence or a longer quotation with a speaker and a
// speech cue ("the project «…», he said"); and short quotations (at most 3 words) with no
// speaker, no speech cue in their sentence and no final punctuation, which are scare quotes
// (unless listed with other quotations: "«Non!», «Plus jamais», «Dehors»").
class QuoteFinder {
public:
    QuoteFinder(DocumentView& view, const SpeechCueLexicon& lexicon)
        : view_(view), lexicon_(lexicon), labels_(view, lexicon) {}

    // Candidates of the ranges, in order, each with the number of ranges of the same term.
    std::vector<QuoteCandidate> find(const std::vector<QuotedRange>& ranges) const;
    // Direct or partial; cue_end is one past the last token of the closest speech cue
    // before the quotation in its sentence, or 0 when there is none.
    QuoteKind kind(const QuoteCandidate& quote, size_t cue_end) const;
    // Whether the quotation reports words rather than naming a thing.
    bool is_speech(const QuoteCandidate& quote, bool attributed, bool cue_in_sentence) const;

private:
    bool whole_sentence(const QuoteCandidate& quote) const;

public:
    // Whether the quoted words end with sentence-final punctuation.
    bool ends_sentence(const QuoteCandidate& quote) const;

    DocumentView& view_;
    const SpeechCueLexicon& lexicon_;
    QuoteLabelFilter labels_;
};

} // namespace whosaid::quotes
