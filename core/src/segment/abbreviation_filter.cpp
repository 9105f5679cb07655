#include "segment/abbreviation_filter.h"

#include "segment/segmenter_chars.h"

#include <algorithm>
#include <iterator>
#include <unicode/uchar.h>

namespace whosaid::segment {

using chars::is_space;

namespace {

// Abbreviations (without their period) after which a capitalized word never starts a new
// sentence: titles and forms of address in French and English. Case-sensitive.
// "etc." is deliberately absent: in wire copy "…, etc. Le ministre" ends a sentence, and
// ICU never breaks before the lowercase word of "etc. et".
constexpr std::u16string_view kTitleAbbreviations[] = {
    u"Mme",  u"Mmes", u"Mlle", u"Mlles", u"MM",   u"Dr",  u"Drs", u"Pr", u"Me",
    u"Mgr",  u"St",   u"Ste",  u"cf",    u"av",   u"bd",  u"env", u"Mr", u"Mrs",
    u"Ms",   u"Jr",   u"Sr",   u"Gen",   u"Sen",  u"Rep", u"Gov", u"Lt", u"Col",
    u"Capt", u"Sgt",  u"Prof", u"Inc",   u"Corp", u"Ltd", u"Co",  u"vs"};

// Abbreviations that precede a number ("p. 12", "No. 10", "Nov. 26"): only kept together
// when a digit follows, since "l'art. Le" or "in Dec. The" end sentences.
constexpr std::u16string_view kNumberAbbreviations[] = {u"p",   u"pp",  u"vol", u"art", u"No",
                                                        u"n°",  u"Jan", u"Feb", u"Aug", u"Sept",
                                                        u"Oct", u"Nov", u"Dec"};

bool contains(const auto& table, std::u16string_view word) {
    return std::find(std::begin(table), std::end(table), word) != std::end(table);
}

bool is_letter(char16_t c) {
    return u_isalpha(c) != 0;
}

// "U.S.", "a.m.", "S.A.": single letters each followed by a period, at least two.
bool is_dotted_initials(std::u16string_view token) {
    if (token.size() < 4 || token.size() % 2 != 0)
        return false;
    for (size_t i = 0; i < token.size(); i += 2) {
        if (!is_letter(token[i]) || token[i + 1] != u'.')
            return false;
    }
    return true;
}

} // namespace

bool AbbreviationFilter::suppresses_break(std::u16string_view text, int32_t position) const {
    auto period = static_cast<size_t>(position);
    while (period > 0 && is_space(text[period - 1]))
        --period;
    if (period == 0 || text[period - 1] != u'.')
        return false;
    // The token before the break: letters, periods and "°", back to a non-letter boundary.
    // Abbreviations are short, so the backward scan is bounded.
    constexpr size_t kLongestToken = 12;
    size_t start = period - 1;
    while (start > 0 && period - start <= kLongestToken &&
           (is_letter(text[start - 1]) || text[start - 1] == u'.' || text[start - 1] == 0xB0))
        --start;
    if (start > 0 && is_letter(text[start - 1]))
        return false; // longer than any abbreviation
    const std::u16string_view token = text.substr(start, period - start);
    const std::u16string_view word = token.substr(0, token.size() - 1);
    if (word.size() == 1 && u_isupper(word[0]))
        return true; // an initial: "M. Lavrov", "John F. Kennedy"
    if (is_dotted_initials(token) || contains(kTitleAbbreviations, word))
        return true;
    if (contains(kNumberAbbreviations, word)) {
        size_t next = static_cast<size_t>(position);
        while (next < text.size() && is_space(text[next]))
            ++next;
        return next < text.size() && u_isdigit(text[next]);
    }
    return false;
}

} // namespace whosaid::segment
