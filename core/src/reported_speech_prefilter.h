#pragma once

#include "whosaid/document.h"

#include <vector>

namespace whosaid::quotes {

// Picks the paragraphs that may hold reported speech without quotation marks, by a cheap
// scan of the raw text (no tokens, no allocation per word): a paragraph is read when it holds
// one of a few trigger words ("que", "qu'", "selon", "après", the "-t-" of an inverted
// pronoun; "that", "according", "said", "told"…). Only those paragraphs get tokenized for the
// indirect speech rules, which keeps the analysis linear and cheap.
class ReportedSpeechPrefilter {
public:
    // Indices of the paragraphs to read, ascending. The title's paragraph is never read.
    static std::vector<int> paragraphs(const Document& doc, bool french);
};

} // namespace whosaid::quotes
