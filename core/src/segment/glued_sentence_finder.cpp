#include "segment/glued_sentence_finder.h"

#include <algorithm>
#include <array>
#include <string>
#include <unicode/uchar.h>

namespace whosaid::segment {

namespace {

// Domain suffixes written with a capital ("Booking.Com"): an address, not two sentences.
constexpr std::array<std::u16string_view, 10> kDomainSuffixes = {
    u"com", u"net", u"org", u"fr", u"be", u"ch", u"ca", u"uk", u"de", u"io"};

// Capitalized words that open sentences in French or English news copy, and that no camel-
// case name ends with: the only words a lower-case word may be glued to.
constexpr std::array<std::u16string_view, 26> kSentenceOpeners = {
    u"Selon", u"Le",   u"La",    u"Les", u"Il",        u"Elle", u"Ils",  u"Elles", u"Mais",
    u"Pour",  u"Dans", u"Cette", u"Ces", u"Une",       u"Des",  u"Lors", u"Alors", u"Depuis",
    u"The",   u"She",  u"They",  u"But", u"According", u"This", u"When", u"After"};

bool is_letter(char16_t c) {
    return u_isalpha(c) != 0;
}

// Whether the word before the period at `period` has two letters or more and its token
// holds no period, slash or @ before it (an address, dotted initials).
bool word_ends_at(std::u16string_view text, size_t period) {
    size_t start = period;
    while (start > 0 && is_letter(text[start - 1]))
        --start;
    if (period - start < 2)
        return false;
    for (size_t k = start; k > 0; --k) {
        const char16_t c = text[k - 1];
        if (c == u'.' || c == u'/' || c == u'@')
            return false;
        if (!is_letter(c) && c != u'-' && !u_isdigit(c))
            return true;
    }
    return true;
}

// Whether a capitalized word that is neither a domain suffix nor part of an address starts
// at `start`, or the one-letter word "A" / "À" before a lower-case word.
bool capitalized_word_at(std::u16string_view text, size_t start) {
    if (start + 2 < text.size() && (text[start] == u'A' || text[start] == u'\u00C0') &&
        text[start + 1] == u' ' && u_islower(text[start + 2]))
        return true; // the one-letter opener "A la barre", "À Paris", "A spokesman said"
    if (start + 1 >= text.size() || !u_isupper(text[start]) || !u_islower(text[start + 1]))
        return false;
    size_t end = start;
    while (end < text.size() && is_letter(text[end]))
        ++end;
    if (end + 1 < text.size() && text[end] == u'.' && is_letter(text[end + 1]))
        return false; // "www.LeJournal.fr": the address goes on
    std::u16string lowered(text.substr(start, end - start));
    for (char16_t& c : lowered)
        c = static_cast<char16_t>(u_tolower(c));
    return std::find(kDomainSuffixes.begin(), kDomainSuffixes.end(), lowered) ==
           kDomainSuffixes.end();
}

// Whether c is a lower-case letter; ASCII without a call, since names open with capitals
// after spaces far more often than after letters.
bool is_lower_before_capital(char16_t c) {
    if (c < u'a')
        return false;
    return c <= u'z' || (c > 0x7F && u_islower(c));
}

bool is_closing_quote(char16_t c) {
    return c == u'\u00BB' || c == u'\u201D';
}

// The word of letters starting at `start`.
std::u16string_view word_at(std::u16string_view text, size_t start) {
    size_t end = start;
    while (end < text.size() && is_letter(text[end]))
        ++end;
    return text.substr(start, end - start);
}

// Whether `start` begins a sentence opener glued to a token of three lower-case letters or
// more: "minimumSelon", never "McDonald" or "iPhone" (the token starts with a capital or
// holds fewer lower-case letters).
bool glued_opener_at(std::u16string_view text, size_t start) {
    const std::u16string_view word = word_at(text, start);
    if (std::find(kSentenceOpeners.begin(), kSentenceOpeners.end(), word) == kSentenceOpeners.end())
        return false;
    size_t first = start;
    while (first > 0 && is_letter(text[first - 1])) {
        if (!u_islower(text[first - 1]))
            return false;
        --first;
    }
    return start - first >= 3;
}

} // namespace

void GluedSentenceFinder::find(std::u16string_view text, std::vector<int32_t>& breaks) const {
    // One pass in text order, so that the breaks come out sorted. Lower-case letters, the
    // bulk of any text, are past 'Z': one comparison sends them on.
    for (size_t i = 1; i + 1 < text.size(); ++i) {
        const char16_t c = text[i];
        if (c > u'Z') {
            if (is_closing_quote(c) && !u_isspace(text[i - 1]) && capitalized_word_at(text, i + 1))
                breaks.push_back(static_cast<int32_t>(i + 1));
        } else if (c == u'.') {
            if (word_ends_at(text, i) && capitalized_word_at(text, i + 1))
                breaks.push_back(static_cast<int32_t>(i + 1));
        } else if (c >= u'A' && is_lower_before_capital(text[i - 1]) && glued_opener_at(text, i)) {
            breaks.push_back(static_cast<int32_t>(i));
        }
    }
}

} // namespace whosaid::segment
