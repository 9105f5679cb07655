#pragma once

#include <cstdint>
#include <string_view>

namespace whosaid::segment {

// Decides whether a sentence break that ICU proposes right after a period is really the
// period of an abbreviation ("Mme Dupont", "Dr. Smith", "John F. Kennedy", "U.S. Army").
//
// We check this ourselves instead of through icu::FilteredBreakIteratorBuilder: ICU's
// filter matches suffixes without a word boundary, so "p." suppressed the break after
// "cap." and "O." the one after "NATO.", and the en@ss=standard list kept "NATO. The"
// together. Here the abbreviation must be a whole token (preceded by a non-letter).
class AbbreviationFilter {
public:
    // True when the break at `position` of `text` (the start of the next sentence, as
    // ICU reports it) follows an abbreviation and must be dropped.
    bool suppresses_break(std::u16string_view text, int32_t position) const;
};

} // namespace whosaid::segment
