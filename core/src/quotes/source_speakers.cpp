#include "quotes/source_speakers.h"

#include "whosaid/attribution_rule.h"

namespace whosaid::quotes {

void SourceSpeakers::cite(WorkingQuote& w) {
    const size_t first = w.candidate.sentence_first;
    if (first != sentence_) {
        sentence_ = first;
        phrase_ = sources_.cited_speaker(first, w.candidate.sentence_last);
    }
    if (!phrase_ || phrase_->first >= phrase_->second)
        return;
    const Span phrase{view_.token(phrase_->first).span.start,
                      view_.token(phrase_->second - 1).span.end};
    Speaker speaker;
    speaker.mention = phrase;
    for (const IndexedMention& m : view_.mentions_in(phrase.start, phrase.end)) {
        const Entity& entity = view_.doc().entities[static_cast<size_t>(m.entity)];
        if (m.span.end <= phrase.end &&
            (entity.kind == EntityKind::Person || entity.kind == EntityKind::Organization)) {
            speaker.entity = entity.id;
            speaker.mention = m.span;
            w.attribution.speaker_entity = m.entity;
            break;
        }
    }
    if (speaker.entity.empty()) {
        speaker.anonymous = true;
        speaker.description = std::u16string(view_.doc().slice(phrase));
    }
    w.attribution.speaker = speaker;
    w.attribution.rule = rule::cited_by_source;
    w.attribution.confidence = 0.6;
}

void SourceSpeakers::cited(WorkingQuotes& quotes) {
    for (WorkingQuote& w : quotes)
        if (!attributed(w))
            cite(w);
}

void SourceSpeakers::medium(WorkingQuotes& quotes) const {
    for (WorkingQuote& w : quotes)
        if (!attributed(w) && w.attribution.source_speaker >= 0) {
            const Entity& media =
                view_.doc().entities[static_cast<size_t>(w.attribution.source_speaker)];
            Speaker speaker;
            speaker.entity = media.id;
            speaker.mention = w.attribution.source_speaker_mention;
            w.attribution.speaker = speaker;
            w.attribution.speaker_entity = w.attribution.source_speaker;
            w.attribution.rule = rule::source_as_speaker;
            w.attribution.confidence = 0.5;
        }
}

} // namespace whosaid::quotes
