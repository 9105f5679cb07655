#pragma once

#include "whosaid/document.h"

#include <cstdint>
#include <vector>

namespace whosaid {

// What a highlighted range of the text stands for.
enum class SpanRole { Mention, Quote, SpeakerMention, SourceMention, Cue };

// One indexed range: its role, and the entity or quote it belongs to (index into
// Document::entities or Document::quotes).
struct IndexedSpan {
    Span span;
    SpanRole role = SpanRole::Mention;
    int32_t owner = -1; // entity index for Mention/SpeakerMention/SourceMention, else quote index
};

// Answers "what is at this position?" in O(log n + hits) so that clicks and hovers in the
// reader map to core spans without scanning the document.
class SpanIndex {
public:
    SpanIndex() = default;
    // Indexes every mention, quotation, cue, speaker mention and source mention of doc.
    explicit SpanIndex(const Document& doc);

    // The spans containing position, innermost (shortest) first.
    std::vector<IndexedSpan> at(int32_t position) const;
    // Every indexed span, sorted by start then by decreasing length.
    const std::vector<IndexedSpan>& spans() const { return spans_; }

private:
    std::vector<IndexedSpan> spans_;
    std::vector<int32_t> max_end_; // max_end_[i] = max end of spans_[0..i]
};

} // namespace whosaid
