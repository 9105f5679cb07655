#include "quotes/reporter_floor.h"

#include "quotes/reporting_subject.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxNarrativeTokens = 120; // a longer sentence is read no further

} // namespace

std::optional<SpeakerPhrase> ReporterFloor::reporter(size_t first, size_t last) {
    // The first speech cue reports the sentence: "X explique que Y a dit …" is X's turn.
    const std::vector<CueMatch>& cues = sieve_.paragraph_cues(first);
    const auto cue = std::lower_bound(cues.begin(), cues.end(), first,
                                      [](const CueMatch& c, size_t i) { return c.first < i; });
    if (cue == cues.end() || cue->end > last)
        return std::nullopt;
    return ReportingSubject(view_, phrases_).of(*cue, first, last);
}

void ReporterFloor::note_before(const QuoteCandidate& quote) {
    const Document& doc = view_.doc();
    const int sentence = view_.sentence_at(view_.token(quote.sentence_first).span.start);
    if (sentence <= 0 || sentence - 1 <= read_)
        return;
    read_ = sentence - 1;
    const Span narrative = doc.sentences[static_cast<size_t>(sentence - 1)];
    if (doc.paragraph_at(narrative.start) < quote.range.paragraph - 1)
        return;
    const size_t first = view_.token_from(narrative.start);
    const size_t last = view_.token_from(narrative.end);
    if (first >= last || last - first > kMaxNarrativeTokens)
        return;
    for (size_t k = first; k < last; ++k)
        if (view_.quote_of(k) >= 0)
            return; // its quotation was attributed: its speaker holds the floor already
    if (const auto phrase = reporter(first, last))
        sieve_.note_reporter(*phrase, view_.token(last - 1).span.start);
}

} // namespace whosaid::quotes
