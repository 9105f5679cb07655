#pragma once

#include <string>
#include <string_view>

namespace whosaid::segment {

// Tells French from English by counting frequent function words in the first 20 KB.
// Returns "fr" only when French words outnumber English ones, so an empty or undecidable
// text is "en". "a" counts for French (il a dit): the English article is outweighed by
// "the", "of", "and" in any English sentence of some length.
// A text of 4 K units or more is first read in eight evenly spread windows of about 256
// units; when their vote is clear (16 votes or more, at least three times the other
// language's), it decides, so that the rest need not be read. Otherwise (a short, mixed or
// undecided text) every word of the first 20 KB counts.
class LanguageDetector {
public:
    std::string detect(std::u16string_view text) const;
};

} // namespace whosaid::segment
