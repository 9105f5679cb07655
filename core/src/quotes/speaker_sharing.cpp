#include "quotes/speaker_sharing.h"

#include "quotes/comparative_clause.h"
#include "quotes/reporting_subject.h"
#include "quotes/view_opener.h"
#include "whosaid/attribution_rule.h"

#include <algorithm>

namespace whosaid::quotes {

bool SpeakerSharing::alone_in_paragraph(const QuoteCandidate& quote) const {
    const Span paragraph = view_.doc().paragraphs[static_cast<size_t>(quote.range.paragraph)];
    for (size_t k = view_.token_from(paragraph.start);
         k < view_.size() && view_.token(k).span.start < paragraph.end; ++k)
        if (view_.token(k).word && view_.quote_of(k) < 0)
            return false;
    return true;
}

bool SpeakerSharing::closes_sentence(const QuoteCandidate& quote) const {
    const std::u16string_view inner = view_.doc().slice(quote.range.inner);
    return !inner.empty() &&
           (inner.back() == u'.' || inner.back() == u'!' || inner.back() == u'?' ||
            inner.back() == u'\u2026') &&
           quote.close < view_.size() && view_.token(quote.close).capitalized;
}

void SpeakerSharing::within_sentence(WorkingQuotes& quotes) const {
    // Both neighbours are found by sweeps, so a sentence of a million quotations stays linear.
    std::vector<size_t> next_attributed(quotes.size(), quotes.size());
    for (size_t i = quotes.size(); i-- > 1;)
        next_attributed[i - 1] = attributed(quotes[i]) ? i : next_attributed[i];
    size_t previous_attributed = quotes.size();
    for (size_t i = 0; i < quotes.size(); ++i) {
        const size_t sentence = quotes[i].candidate.sentence_first;
        if (!attributed(quotes[i]) && !quotes[i].attribution.negated) {
            const WorkingQuote* best = nullptr;
            const size_t next = next_attributed[i];
            // «Enfin.» Puis … «…», a dit X: a quotation that ends its sentence does not take
            // the speaker of one after it.
            if (next < quotes.size() && quotes[next].candidate.sentence_first == sentence &&
                !closes_sentence(quotes[i].candidate))
                best = &quotes[next];
            else if (previous_attributed < quotes.size() &&
                     quotes[previous_attributed].candidate.sentence_first == sentence)
                best = &quotes[previous_attributed];
            if (best) {
                inherit(quotes[i], *best, rule::same_sentence, 0.7);
                if (!quotes[i].attribution.cue)
                    quotes[i].attribution.cue = best->attribution.cue;
            }
        }
        if (attributed(quotes[i]))
            previous_attributed = i;
    }
}

void SpeakerSharing::across_pieces(WorkingQuotes& quotes) const {
    for (size_t i = 0; i < quotes.size(); ++i) {
        size_t end = i + 1;
        while (end < quotes.size() && quotes[end].candidate.range.continues_previous)
            ++end;
        const WorkingQuote* speaker = nullptr;
        for (size_t j = i; j < end && !speaker; ++j)
            if (attributed(quotes[j]))
                speaker = &quotes[j];
        for (size_t j = i; speaker && j < end; ++j)
            if (!attributed(quotes[j]))
                inherit(quotes[j], *speaker, rule::multi_paragraph, 0.8);
        i = end - 1;
    }
}

bool SpeakerSharing::narrated_between(const WorkingQuote& previous, WorkingQuote& w) const {
    const QuoteCandidate& quote = w.candidate;
    for (size_t k = quote.sentence_first; k < quote.open; ++k)
        if (view_.token(k).word)
            return false;
    const int sentence = view_.sentence_at(view_.token(quote.open).span.start);
    if (sentence <= 0)
        return false;
    const Span before = view_.doc().sentences[static_cast<size_t>(sentence - 1)];
    // Only a sentence after previous's own: the rest of that one is previous's reporting
    // clause and what the clause tells about.
    const size_t first = view_.token_from(before.start);
    const size_t last = view_.token_from(before.end);
    if (first <= previous.candidate.close || first >= last)
        return false;
    // The first speech cue reports the sentence, as for ReporterFloor: "X explique que Y a
    // dit …" is X's turn. "Selon X, …" opening it is ViewOpener's; "for X" elsewhere is no
    // reporter.
    const std::vector<CueMatch>& cues = sieve_.paragraph_cues(first);
    const auto cue = std::lower_bound(cues.begin(), cues.end(), first,
                                      [](const CueMatch& c, size_t i) { return c.first < i; });
    if (cue == cues.end() || cue->end > last || cue->negated || cue->preposition)
        return false;
    const std::optional<SpeakerPhrase> reporter =
        ReportingSubject(view_, phrases_).of(*cue, first, last);
    if (!reporter || !sieve_.settle(*reporter, w.attribution))
        return false;
    w.attribution.cue = *cue;
    w.attribution.rule = rule::floor;
    w.attribution.confidence = 0.6;
    return true;
}

bool SpeakerSharing::announced(WorkingQuote& w) const {
    const Document& doc = view_.doc();
    const Span previous = doc.paragraphs[static_cast<size_t>(w.candidate.range.paragraph - 1)];
    const size_t first = view_.token_from(previous.start);
    const size_t last = view_.token_from(previous.end);
    if (last <= first || view_.token(last - 1).folded() != u":")
        return false;
    const CueMatch* cue = sieve_.last_cue(first, last);
    if (!cue)
        return false;
    const int sentence = view_.sentence_at(view_.token(cue->first).span.start);
    const size_t clause =
        sentence >= 0
            ? std::max(first, view_.token_from(doc.sentences[static_cast<size_t>(sentence)].start))
            : first;
    auto subject = opens_comparative(view_, *cue) ? phrases_.after(cue->end, last)
                                                  : phrases_.before(cue->first, clause);
    if (!subject || !sieve_.settle(*subject, w.attribution))
        return false;
    w.attribution.cue = *cue;
    w.attribution.rule = rule::previous_paragraph;
    w.attribution.confidence = 0.7;
    return true;
}

void SpeakerSharing::across_paragraphs(WorkingQuotes& quotes) const {
    for (size_t i = 0; i < quotes.size(); ++i) {
        WorkingQuote& w = quotes[i];
        if (attributed(w) || w.attribution.negated)
            continue;
        const int paragraph = w.candidate.range.paragraph;
        const bool previous_here = i > 0 && attributed(quotes[i - 1]) &&
                                   quotes[i - 1].candidate.range.paragraph == paragraph;
        if (previous_here && !w.attribution.cue && narrated_between(quotes[i - 1], w))
            continue;
        // "Pour Y, …" between them hands the floor to Y (FloorSweep).
        if (previous_here && !w.attribution.cue &&
            !view_opened_between(view_, sieve_, phrases_, quotes[i - 1].candidate.close,
                                 w.candidate.open)) {
            inherit(w, quotes[i - 1], rule::continuation, 0.6);
            continue;
        }
        if (paragraph <= 0 || !alone_in_paragraph(w.candidate) || announced(w))
            continue;
        if (i > 0 && attributed(quotes[i - 1]) &&
            quotes[i - 1].candidate.range.paragraph == paragraph - 1)
            inherit(w, quotes[i - 1], rule::continuation, 0.6);
    }
}

} // namespace whosaid::quotes
