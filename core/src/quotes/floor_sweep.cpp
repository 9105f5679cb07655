#include "quotes/floor_sweep.h"

#include "quotes/floor_carrier.h"
#include "quotes/name_phrase_reader.h"
#include "whosaid/attribution_rule.h"

namespace whosaid::quotes {

bool FloorSweep::opens_sentence(const QuoteCandidate& quote) const {
    for (size_t k = quote.sentence_first; k < quote.open; ++k)
        if (view_.token(k).word)
            return false;
    return true;
}

void FloorSweep::clause_subjects(WorkingQuotes& quotes) const {
    // Continued quotations stay claimed as speech; a clause subject alone does not make
    // scare quotes speech.
    for (WorkingQuote& w : quotes) {
        w.claimed = attributed(w);
        const bool inherited = w.attribution.rule == rule::continuation;
        if ((attributed(w) && !inherited) || w.attribution.negated ||
            w.candidate.range.continues_previous || opens_sentence(w.candidate))
            continue;
        Attribution own;
        if (sieve_.clause_subject(w.candidate, own))
            w.attribution = own;
    }
}

std::optional<SpeakerPhrase> FloorSweep::narrator(const CueMatch& cue, size_t first,
                                                  size_t last) const {
    if (cue.preposition) {
        // "Pour X, la réforme va trop loin. «…»": the one whose view the sentence gives,
        // named by a cue opening it and closed by a comma.
        if (cue.first != first)
            return std::nullopt;
        std::optional<SpeakerPhrase> subject = phrases_.object_at(cue.end, last);
        if (subject && (subject->end >= last || view_.token(subject->end).folded() != u","))
            subject.reset();
        return subject;
    }
    if (cue.pronoun)
        return pronoun_of_cue(cue, view_);
    return phrases_.before(cue.first, first);
}

void FloorSweep::after_narration(WorkingQuotes& quotes) const {
    // Only the sentence right before is read, and at most one quotation opens a sentence:
    // linear.
    const Document& doc = view_.doc();
    for (WorkingQuote& w : quotes) {
        if (attributed(w) || w.attribution.negated || w.attribution.cue ||
            w.candidate.range.continues_previous || !opens_sentence(w.candidate))
            continue;
        const int sentence = view_.sentence_at(view_.token(w.candidate.open).span.start);
        if (sentence <= 0)
            continue;
        const Span previous = doc.sentences[static_cast<size_t>(sentence - 1)];
        const size_t first = view_.token_from(previous.start);
        const size_t last = view_.token_from(previous.end);
        if (first >= last || doc.paragraph_at(previous.start) < w.candidate.range.paragraph - 1)
            continue;
        const CueMatch* cue = sieve_.last_cue(first, last);
        if (!cue || cue->negated)
            continue;
        const std::optional<SpeakerPhrase> subject = narrator(*cue, first, last);
        if (subject && sieve_.settle(*subject, w.attribution)) {
            w.attribution.cue = *cue;
            w.attribution.rule = rule::floor;
            w.attribution.confidence = 0.6;
        }
    }
}

void FloorSweep::carried(WorkingQuotes& quotes) const {
    // One sweep, the floor moving to each quotation attributed: linear.
    const FloorCarrier carrier(view_);
    const WorkingQuote* floor_quote = nullptr;
    for (WorkingQuote& w : quotes) {
        if (attributed(w)) {
            floor_quote = &w;
            continue;
        }
        const QuoteCandidate& c = w.candidate;
        if (!floor_quote || w.attribution.negated || w.attribution.cue ||
            c.range.continues_previous ||
            !finder_.is_speech(c, false,
                               sieve_.last_cue(c.sentence_first, c.sentence_last) != nullptr) ||
            !carrier.carries(floor_quote->candidate, floor_quote->attribution.speaker_entity, c))
            continue;
        inherit(w, *floor_quote, rule::continuation, 0.6);
        floor_quote = &w;
    }
}

} // namespace whosaid::quotes
