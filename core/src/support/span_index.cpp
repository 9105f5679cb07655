#include "whosaid/span_index.h"

#include <algorithm>

namespace whosaid {

SpanIndex::SpanIndex(const Document& doc) {
    for (size_t e = 0; e < doc.entities.size(); ++e)
        for (const Mention& m : doc.entities[e].mentions)
            spans_.push_back({m.span, SpanRole::Mention, static_cast<int32_t>(e)});

    auto entity_index = [&doc](const std::string& id) {
        for (size_t e = 0; e < doc.entities.size(); ++e)
            if (doc.entities[e].id == id)
                return static_cast<int32_t>(e);
        return int32_t{-1};
    };
    for (size_t q = 0; q < doc.quotes.size(); ++q) {
        const Quote& quote = doc.quotes[q];
        const auto owner = static_cast<int32_t>(q);
        spans_.push_back({quote.span, SpanRole::Quote, owner});
        if (quote.cue)
            spans_.push_back({*quote.cue, SpanRole::Cue, owner});
        if (quote.speaker && quote.speaker->mention)
            spans_.push_back({*quote.speaker->mention, SpanRole::SpeakerMention,
                              entity_index(quote.speaker->entity)});
        // The other speakers of a group, each where the attribution names it.
        if (quote.speaker)
            for (size_t m = 1;
                 m < quote.speaker->mentions.size() && m < quote.speaker->entities.size(); ++m)
                if (quote.speaker->mentions[m] != quote.speaker->mention)
                    spans_.push_back({quote.speaker->mentions[m], SpanRole::SpeakerMention,
                                      entity_index(quote.speaker->entities[m])});
        for (const QuoteSource& source : quote.sources)
            spans_.push_back(
                {source.mention, SpanRole::SourceMention, entity_index(source.entity)});
    }

    std::sort(spans_.begin(), spans_.end(), [](const IndexedSpan& a, const IndexedSpan& b) {
        if (a.span.start != b.span.start)
            return a.span.start < b.span.start;
        if (a.span.end != b.span.end)
            return a.span.end > b.span.end;
        return a.role < b.role;
    });
    max_end_.reserve(spans_.size());
    int32_t running = 0;
    for (const IndexedSpan& s : spans_) {
        running = std::max(running, s.span.end);
        max_end_.push_back(running);
    }
}

std::vector<IndexedSpan> SpanIndex::at(int32_t position) const {
    std::vector<IndexedSpan> hits;
    // Candidates start at or before position; walking back stops once no earlier span can
    // still reach position (max_end_ is a running maximum).
    auto upper =
        std::upper_bound(spans_.begin(), spans_.end(), position,
                         [](int32_t pos, const IndexedSpan& s) { return pos < s.span.start; });
    for (auto i = upper - spans_.begin() - 1; i >= 0 && max_end_[static_cast<size_t>(i)] > position;
         --i) {
        const IndexedSpan& s = spans_[static_cast<size_t>(i)];
        if (s.span.contains(position))
            hits.push_back(s);
    }
    std::stable_sort(hits.begin(), hits.end(), [](const IndexedSpan& a, const IndexedSpan& b) {
        return a.span.length() < b.span.length();
    });
    return hits;
}

} // namespace whosaid
