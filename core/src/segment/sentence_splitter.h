#pragma once

#include "segment/abbreviation_filter.h"
#include "segment/glued_sentence_finder.h"
#include "segment/sentence_break_rules.h"
#include "whosaid/span.h"

#include <memory>
#include <string>
#include <string_view>
#include <unicode/brkiter.h>
#include <vector>

namespace whosaid::segment {

// Splits one paragraph into sentences at the breaks of ICU's sentence BreakIterator (found
// by SentenceBreakRules, which give the same answer, or by the iterator where the rules
// decline), then corrects them for news copy:
// - no break after an abbreviation (AbbreviationFilter);
// - a quotation ending in "?" or "!" stays with its attribution: "« Qui ? » a demandé
//   M. Dupont." is one sentence. Closing marks (» ” ) …) that ICU puts at the start of
//   the next piece go back to the previous one, and a piece starting in lowercase or with
//   , ; : continues the previous sentence.
// - single line breaks inside a paragraph are read as spaces (hard-wrapped text);
// - sentences glued to the one before by a lost space break too (GluedSentenceFinder).
// Not thread-safe (the BreakIterator keeps state): one instance per Segmenter.
class SentenceSplitter {
public:
    // language: "fr" or anything else for English.
    explicit SentenceSplitter(std::string_view language);
    ~SentenceSplitter();

    // Appends the trimmed, non-empty sentences of `paragraph` (a span of `text`) to `out`.
    void split(std::u16string_view text, Span paragraph, std::vector<Span>& out);

private:
    // Fills breaks_ with the sentence breaks ICU's iterator gives inside the paragraph
    // read with its line breaks as spaces (none when ICU's data is missing), from
    // SentenceBreakRules when they cover the text. Returns the text the breaks index:
    // the paragraph itself, or unwrapped_ when ICU had to read it.
    std::u16string_view find_breaks(std::u16string_view paragraph_text);
    // Adds the breaks of glued sentences to breaks_, keeping them sorted and unique.
    void add_glued_breaks(std::u16string_view paragraph_text);
    bool continues_previous(std::u16string_view paragraph_text, int32_t& boundary) const;

    std::unique_ptr<icu::BreakIterator> iterator_; // null if ICU data is missing
    SentenceBreakRules rules_;
    AbbreviationFilter abbreviations_;
    GluedSentenceFinder glued_;
    std::u16string unwrapped_;    // scratch copy of a paragraph with its line breaks as spaces
    std::vector<int32_t> breaks_; // scratch: the breaks of the paragraph being split
};

} // namespace whosaid::segment
