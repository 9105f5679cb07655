#include "quotes/paragraph_cues.h"

#include <algorithm>

namespace whosaid::quotes {

const std::vector<CueMatch>& ParagraphCues::of(size_t i) {
    // Most calls ask again about the paragraph of the call before: answered without
    // searching the document's paragraphs.
    const int32_t position = view_.token(i).span.start;
    if (last_cues_ && last_paragraph_.contains(position))
        return *last_cues_;
    const int paragraph = view_.doc().paragraph_at(position);
    const Span span = paragraph >= 0 ? view_.doc().paragraphs[static_cast<size_t>(paragraph)]
                                     : view_.token(i).span;
    auto found = by_paragraph_.find(paragraph);
    if (found != by_paragraph_.end()) {
        remember(paragraph, span, found->second);
        return found->second;
    }
    std::vector<CueMatch>& cues = by_paragraph_[paragraph];
    remember(paragraph, span, cues);
    const size_t last = view_.token_from(span.end);
    // A cue is read up to 12 tokens ahead, never into a quotation: quoted is the first
    // quoted token at or after k, found by one sweep over the paragraph.
    size_t quoted = view_.token_from(span.start);
    for (size_t k = quoted; k < last; ++k) {
        if (view_.quote_of(k) >= 0)
            continue;
        if (quoted < k)
            quoted = k;
        while (quoted < last && view_.quote_of(quoted) < 0)
            ++quoted;
        const size_t limit = std::min(quoted, k + 12);
        if (auto cue = cues_.at(view_.tokens(), k, limit)) {
            cues.push_back(*cue);
            k = cue->end - 1;
        }
    }
    return cues;
}

void ParagraphCues::remember(int paragraph, Span span, const std::vector<CueMatch>& cues) {
    // A token outside every paragraph has cues of its own: not remembered.
    last_cues_ = paragraph >= 0 ? &cues : nullptr;
    last_paragraph_ = span;
}

const CueMatch* ParagraphCues::last(size_t begin, size_t end) {
    if (begin >= end)
        return nullptr;
    const auto& cues = of(begin);
    auto it = std::lower_bound(cues.begin(), cues.end(), end,
                               [](const CueMatch& c, size_t e) { return c.end <= e; });
    // it: first cue ending after end; step back to the last one ending at or before end.
    if (it == cues.begin())
        return nullptr;
    --it;
    return it->first >= begin ? &*it : nullptr;
}

} // namespace whosaid::quotes
