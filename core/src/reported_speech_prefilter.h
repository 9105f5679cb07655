#pragma once

#include "indirect_verb_lexicon.h"
#include "whosaid/document.h"

#include <vector>

namespace whosaid::quotes {

// Picks the paragraphs that may hold reported speech without quotation marks, by a cheap
// scan of the raw text (no tokens, no allocation): a paragraph is read when a word of a
// reporting verb's forms comes a few words before "que"/"qu'"/"that" or right after a
// comma ("…, a-t-il affirmé", "…, officials said"), when it holds "selon", "d'après" or
// "according", or, in English, a verb that may drop "that" ("said", "told"). Only those
// paragraphs get tokenized for the indirect speech rules, which keeps the analysis cheap.
class ReportedSpeechPrefilter {
public:
    ReportedSpeechPrefilter(const IndirectVerbLexicon& verbs, bool french)
        : verbs_(verbs), french_(french) {}

    // Indices of the paragraphs to read, ascending. The title's paragraph is never read.
    std::vector<int> paragraphs(const Document& doc) const;

private:
    bool worth_reading(std::u16string_view text) const;

    const IndirectVerbLexicon& verbs_;
    bool french_;
};

} // namespace whosaid::quotes
