#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"

#include <unordered_map>
#include <vector>

namespace whosaid::quotes {

// The speech cues of each paragraph, outside quotations, found once and kept: the sieve's
// rules and the later passes ask about the same paragraphs again and again.
class ParagraphCues {
public:
    ParagraphCues(const DocumentView& view, const CueFinder& cues) : view_(view), cues_(cues) {}

    // The cues of the paragraph holding token i, in text order (cached).
    const std::vector<CueMatch>& of(size_t i);
    // The last cue that ends before token end and starts at or after begin, or nullptr.
    const CueMatch* last(size_t begin, size_t end);

private:
    void remember(int paragraph, Span span, const std::vector<CueMatch>& cues);

    const DocumentView& view_;
    const CueFinder& cues_;
    // Cues per paragraph (-1: outside every paragraph); map nodes keep their address.
    std::unordered_map<int, std::vector<CueMatch>> by_paragraph_;
    const std::vector<CueMatch>* last_cues_ = nullptr; // those of last_paragraph_
    Span last_paragraph_;
};

} // namespace whosaid::quotes
