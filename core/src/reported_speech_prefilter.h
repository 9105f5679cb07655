#pragma once

#include "indirect_verb_lexicon.h"
#include "whosaid/document.h"

#include <cstdint>
#include <string_view>
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
    ReportedSpeechPrefilter(const IndirectVerbLexicon& verbs, bool french);

    // Indices of the paragraphs to read, ascending. The title's paragraph is never read.
    std::vector<int> paragraphs(const Document& doc) const;

private:
    bool worth_reading(std::u16string_view text) const;
    bool according(std::u16string_view w) const;
    bool complementizer(std::u16string_view w) const;

    const IndirectVerbLexicon& verbs_;
    bool french_;
    uint32_t trigger_letters_; // bit c - 'a': a trigger word starts with letter c
};

} // namespace whosaid::quotes
