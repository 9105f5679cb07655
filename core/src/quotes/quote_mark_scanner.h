#pragma once

#include "whosaid/span.h"

#include <string_view>
#include <vector>

namespace whosaid::quotes {

// One outermost quotation inside one paragraph: the marks and the words between them.
struct QuotedRange {
    Span marks;                      // from the opening mark to the closing mark included
    Span inner;                      // the words between the marks, spaces trimmed
    int paragraph = -1;              // index into the paragraph list
    bool continues_previous = false; // a continuation piece of the previous paragraph's quote
    bool continued_in_next = false;  // left open at the paragraph end, continued in the next
};

// Finds quotation marks and pairs them, paragraph by paragraph, in linear time.
//
// Marks: « » ‹ › “ ” „ ‘ ’ and straight ", the latter paired by context (it opens after a
// space, the paragraph start, an opening bracket or a stray apostrophe ("d'"…"), and closes
// before a space or punctuation, or after a space where the paragraph ends). ‘ ’ between
// letters or after an elided word ("qu’ «") are apostrophes. » with no guillemet open opens
// before a word (the »…« and »…» styles); « right after a word closes an open guillemet (a
// mark typed backwards); » and ” close the other family when their own is not open (“…»).
// Marks nested inside a quotation belong to it: only outermost quotations are reported. A
// stray closing mark is ignored. A mark left open at the end of a paragraph becomes a
// multi-paragraph quotation when the next paragraph opens with a mark (« or », “ or "), or
// when the next mark of its family within three paragraphs closes it (the paragraphs between
// are pieces with no reopening mark); otherwise it is kept up to the paragraph end only when it
// opened the paragraph or follows a colon, and dropped elsewhere, so an unclosed mark never
// swallows more than its paragraph.
class QuoteMarkScanner {
public:
    static std::vector<QuotedRange> scan(std::u16string_view text,
                                         const std::vector<Span>& paragraphs);
};

} // namespace whosaid::quotes
