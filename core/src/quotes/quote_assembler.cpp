#include "quotes/quote_assembler.h"

#include "whosaid/attribution_rule.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

// Whether the marks of quotation i lie inside the speaker description of itself or of the
// next quotation (a group named by quoted words).
bool names_speaker(const WorkingQuotes& quotes, size_t i) {
    const Span marks = quotes[i].candidate.range.marks;
    for (size_t j = i; j < quotes.size() && j <= i + 1; ++j) {
        const std::optional<Speaker>& speaker = quotes[j].attribution.speaker;
        if (speaker && speaker->entity.empty() && speaker->mention &&
            speaker->mention->contains(marks) && quotes[j].attribution.speaker_entity < 0)
            return true;
    }
    return false;
}

// Whether sources already name the entity id.
bool names_entity(const std::vector<QuoteSource>& sources, const std::string& id) {
    return std::any_of(sources.begin(), sources.end(),
                       [&id](const QuoteSource& s) { return s.entity == id; });
}

} // namespace

std::vector<QuoteSource> QuoteAssembler::sources_of(const WorkingQuote& w, const Quote& quote,
                                                    bool cue_in_sentence) const {
    const QuoteCandidate& c = w.candidate;
    const Attribution& a = w.attribution;
    const size_t last = std::max(c.sentence_last, a.attribution_end);
    const bool speech = a.cue.has_value() || cue_in_sentence;
    std::vector<QuoteSource> sources = sources_.find(c.sentence_first, last, speech);
    // "X, cité par le journal Y :" announcing the quotation in the next paragraph: the
    // announcing sentence names the channel.
    if (a.cue && a.rule == rule::previous_paragraph) {
        const Span cue{view_.token(a.cue->first).span.start, view_.token(a.cue->end - 1).span.end};
        const auto [first, end] = view_.sentence_tokens(cue);
        for (QuoteSource& source : sources_.find(first, end, true)) {
            if (!names_entity(sources, source.entity))
                sources.push_back(std::move(source));
        }
    }
    if (!a.cue || a.cue->preposition)
        return sources;
    const std::u16string& medium = lexicon_.verb(a.cue->entry).medium;
    if (medium.empty() || !quote.cue)
        return sources;
    const int32_t entity = linker_.media(medium, *quote.cue, false);
    const std::string& id = view_.doc().entities[static_cast<size_t>(entity)].id;
    if (!names_entity(sources, id))
        sources.push_back({id, *quote.cue});
    return sources;
}

std::vector<Quote> QuoteAssembler::assemble(WorkingQuotes& quotations) const {
    std::vector<Quote> quotes;
    quotes.reserve(quotations.size());
    std::string group;
    for (size_t i = 0; i < quotations.size(); ++i) {
        WorkingQuote& w = quotations[i];
        const QuoteCandidate& c = w.candidate;
        const CueMatch* cue_near = sieve_.last_cue(c.sentence_first, c.open);
        const bool cue_in_sentence = w.attribution.cue.has_value() ||
                                     sieve_.last_cue(c.sentence_first, c.sentence_last) != nullptr;
        const bool claimed =
            w.claimed || (attributed(w) && w.attribution.rule != rule::clause_subject);
        // "certains «gilets jaunes» jugent …": quoted words inside the description of their
        // sentence's speaker name the group; nobody says them.
        if (names_speaker(quotations, i) ||
            (!c.range.continues_previous && !finder_.is_speech(c, claimed, cue_in_sentence)))
            continue;
        Quote quote;
        quote.id = "q" + std::to_string(quotes.size() + 1);
        quote.span = c.range.inner;
        quote.marks = c.range.marks;
        quote.kind = finder_.kind(c, cue_near && !cue_near->preposition ? cue_near->end : 0);
        if (!c.range.continues_previous || group.empty())
            group = quote.id;
        quote.group = group;
        Attribution& a = w.attribution;
        if (a.speaker && !a.negated) {
            quote.speaker = std::move(a.speaker);
            quote.rule = language_ + "." + a.rule;
            quote.confidence = a.confidence;
        }
        if (a.cue && !a.negated)
            quote.cue =
                Span{view_.token(a.cue->first).span.start, view_.token(a.cue->end - 1).span.end};
        quote.sources = sources_of(w, quote, cue_in_sentence);
        quotes.push_back(std::move(quote));
    }
    return quotes;
}

} // namespace whosaid::quotes
