#pragma once

#include "quotes/document_view.h"
#include "quotes/indirect_verb_lexicon.h"
#include "whosaid/document.h"

#include <cstdint>
#include <limits>
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

    // Indices of the paragraphs to read, ascending, among the paragraphs not listed in
    // tokenized (ascending), from their text. The title's paragraph is never read.
    std::vector<int> paragraphs(const Document& doc, const std::vector<int>& tokenized) const;
    // The same answer for the listed paragraphs (ascending), whose tokens are in view: their
    // words are read from the tokens, without going over their text again.
    std::vector<int> tokenized(const DocumentView& view, const std::vector<int>& paragraphs) const;

private:
    // What has been read of a paragraph so far.
    struct Reading {
        size_t words = 0;
        size_t last_verb = kNever;
        size_t last_comma = kNever;
    };
    static constexpr size_t kNever = std::numeric_limits<size_t>::max() / 2;

    bool worth_reading(std::u16string_view text) const;
    bool worth_reading(const DocumentView& view, Span paragraph) const;
    // Whether a word of length units, whose folded form starts with first and ends with last,
    // may trigger: a cheap test that spares folding and looking up most words.
    bool may_trigger(char16_t first, char16_t last, size_t length) const;
    // Reads the next word (folded, counted in reading already): whether it triggers.
    bool triggers(std::u16string_view word, Reading& reading) const;
    bool according(std::u16string_view w) const;
    bool complementizer(std::u16string_view w) const;

    const IndirectVerbLexicon& verbs_;
    bool french_;
    uint32_t trigger_letters_; // bit c - 'a': a trigger word starts with letter c
};

} // namespace whosaid::quotes
