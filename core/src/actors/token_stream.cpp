#include "actors/token_stream.h"

#include "actors/text_folding.h"

#include <array>
#include <unicode/uchar.h>

namespace whosaid::actors {

namespace {

bool is_space(char16_t c) {
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == 0xA0 || c == 0x202F ||
           c == 0x2009 || c == 0x2007 || c == 0x200B || c == 0x3000;
}

enum : uint8_t { kAsciiWord = 1, kAsciiLower = 2, kAsciiUpper = 4, kAsciiDigit = 8 };

// The classes of the ASCII units, the bulk of news text, for the token cutter's inner loop.
constexpr std::array<uint8_t, 128> kAsciiClass = [] {
    std::array<uint8_t, 128> classes{};
    for (char16_t c = u'a'; c <= u'z'; ++c)
        classes[c] = kAsciiWord | kAsciiLower;
    for (char16_t c = u'A'; c <= u'Z'; ++c)
        classes[c] = kAsciiWord | kAsciiUpper;
    for (char16_t c = u'0'; c <= u'9'; ++c)
        classes[c] = kAsciiWord | kAsciiDigit;
    return classes;
}();

bool is_word_unit(char16_t c) {
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    if (c >= 0xD800 && c <= 0xDFFF)
        return false;
    return u_isalnum(c) || (c >= 0x300 && c <= 0x36F);
}

bool is_upper_unit(char16_t c) {
    if (c < 0x80)
        return c >= u'A' && c <= u'Z';
    return u_isupper(c) || u_istitle(c);
}

bool is_lower_unit(char16_t c) {
    if (c < 0x80)
        return c >= u'a' && c <= u'z';
    return u_islower(c);
}

bool is_hyphen(char16_t c) {
    return c == u'-' || c == 0x2010 || c == 0x2011;
}

// One to four lower-case letters at from, then no more letters: "Jong-un", "Ki-moon".
bool short_lower_syllable(std::u16string_view text, size_t from) {
    size_t end = from;
    while (end < text.size() && end - from <= 4 && is_lower_unit(text[end]))
        ++end;
    return end > from && end - from <= 4 && (end == text.size() || !is_word_unit(text[end]));
}

// One to four lower-case letters at from, then a hyphen and a capital: the "des" of
// "Sainte-Agathe-des-Monts", the "et" of "Loir-et-Cher".
bool lower_link(std::u16string_view text, size_t from) {
    size_t end = from;
    while (end < text.size() && end - from <= 4 && is_lower_unit(text[end]))
        ++end;
    return end > from && end - from <= 4 && end + 1 < text.size() && is_hyphen(text[end]) &&
           is_upper_unit(text[end + 1]);
}

// Words after which a period does not end the sentence.
bool is_abbreviation(std::u16string_view key) {
    static const std::u16string_view abbreviations[] = {
        u"m",   u"mm",  u"mme",  u"mlle", u"dr",  u"pr",  u"me",  u"mgr", u"st",
        u"mr",  u"mrs", u"ms",   u"jr",   u"sr",  u"gen", u"sen", u"rep", u"gov",
        u"lt",  u"col", u"capt", u"prof", u"rev", u"adm", u"maj", u"sgt", u"corp",
        u"inc", u"co",  u"no",   u"vs",   u"etc", u"cf",  u"av",  u"bd",  u"ste"};
    if (key.size() == 1)
        return true; // an initial: "John F. Kennedy", "U.S."
    for (std::u16string_view abbreviation : abbreviations)
        if (key == abbreviation)
            return true;
    return false;
}

bool opens_clause(char16_t c) {
    return c == u'\u00AB' || c == u'\u201C' || c == u'"' || c == u'\u201E' || c == u':' ||
           c == u'(' || c == u'\u2014' || c == u'\u2013' || c == u'\u2039' || c == u'[';
}

} // namespace

TokenStream::TokenStream(std::u16string_view text, const std::vector<Span>& sentences)
    : text_(text) {
    // About one token per 4-5 units in news text: reserving for one per 3 avoids copying
    // the tokens as they grow (pages never written cost nothing).
    tokens_.reserve(text.size() / 3 + 16);
    cut(sentences);
    mark_initials(sentences);
    first_of_block_.resize(text.size() / kBlockUnits + 1);
    size_t token = 0;
    for (size_t block = 0; block < first_of_block_.size(); ++block) {
        while (token < tokens_.size() &&
               static_cast<size_t>(tokens_[token].span.start) < block * kBlockUnits)
            ++token;
        first_of_block_[block] = static_cast<uint32_t>(token);
    }
}

void TokenStream::cut(const std::vector<Span>& sentences) {
    const size_t n = text_.size();
    // Most tokens are lower-case ASCII words or punctuation, whose key is their text: only
    // the others have a folded copy. Folding never lengthens a unit, so n units hold every
    // key: written in place, then cut to size (in huge pages for a long article).
    keys_.resize(n + 1);
    char16_t* const keys = keys_.data();
    size_t key_end = 0;
    // Each unit a token takes is folded as it is read.
    auto append_key = [keys, &key_end](char16_t unit) {
        // ASCII inline: the library call would cost more than the folding itself.
        const char16_t folded =
            unit < 0x80 ? static_cast<char16_t>(unit >= u'A' && unit <= u'Z' ? unit + 32 : unit)
                        : fold_unit(unit);
        keys[key_end] = folded;
        key_end += folded != 0 ? 1 : 0;
    };
    size_t next_sentence = 0;
    int64_t last_sentence_index = -1;
    int32_t sentence = 0;
    bool space = true;
    bool line_break = false;
    size_t line_start = 0; // the current line's first token, and its words by case
    int line_upper = 0;
    int line_lower = 0;
    int line_capitalized = 0; // capitalized words that are not in capitals, and lower-case ones
    int line_small = 0;
    for (size_t i = 0; i < n;) {
        const char16_t c = text_[i];
        // Visible ASCII is never a space: most units leave after one comparison.
        if ((c <= u' ' || c >= 0x80) && is_space(c)) {
            space = true;
            line_break = line_break || c == u'\n';
            ++i;
            continue;
        }
        Token token;
        token.span.start = static_cast<int32_t>(i);
        token.key_offset = static_cast<uint32_t>(key_end);
        // ASCII classes from the table: the out-of-line test is for the other units.
        if (c < 0x80 ? (kAsciiClass[c] & kAsciiWord) != 0 : is_word_unit(c)) {
            size_t end = i;
            uint16_t flags = kWord;
            bool any_lower = false;
            bool folds = false;     // whether the key differs from the text
            bool non_ascii = false; // a unit past ASCII, then also folded by fold_unit
            int letters = 0;
            while (end < n) {
                const char16_t u = text_[end];
                if (u < 0x80 && (kAsciiClass[u] & kAsciiWord)) {
                    // The common case: a run of ASCII letters and digits, read in a tight
                    // loop that only gathers the classes of its units.
                    const uint8_t head = kAsciiClass[u];
                    if ((head & kAsciiUpper) && end > i && !is_hyphen(text_[end - 1]))
                        flags |= kInnerCap;
                    const size_t run = end;
                    uint8_t tail = 0; // classes after the run's first unit, which follow a letter
                    for (++end;
                         end < n && text_[end] < 0x80 && (kAsciiClass[text_[end]] & kAsciiWord);
                         ++end)
                        tail |= kAsciiClass[text_[end]];
                    if (tail & kAsciiUpper)
                        flags |= kInnerCap;
                    folds = folds || ((head | tail) & kAsciiUpper);
                    if ((head | tail) & kAsciiLower)
                        any_lower = true;
                    size_t digits = 0;
                    if ((head | tail) & kAsciiDigit) {
                        flags |= kDigit;
                        for (size_t k = run; k < end; ++k)
                            digits += (kAsciiClass[text_[k]] & kAsciiDigit) ? 1 : 0;
                    }
                    letters += static_cast<int>(end - run - digits);
                } else if (u >= 0x80 && is_word_unit(u)) { // ASCII ones took the branch above
                    if (is_lower_unit(u))
                        any_lower = true;
                    else if (is_upper_unit(u) && end > i && !is_hyphen(text_[end - 1]))
                        flags |= kInnerCap;
                    if (u >= u'0' && u <= u'9')
                        flags |= kDigit;
                    else
                        ++letters;
                    non_ascii = true; // folding may change it
                    ++end;
                } else if (is_hyphen(text_[end]) && end + 1 < n && is_upper_unit(text_[end + 1])) {
                    non_ascii =
                        non_ascii || text_[end] >= 0x80; // "Jean-Marc", "Royaume-Uni": one word
                    ++end;
                } else if (is_hyphen(text_[end]) && is_upper_unit(c) &&
                           ((end - i <= 4 && short_lower_syllable(text_, end + 1)) ||
                            lower_link(text_, end + 1))) {
                    non_ascii = non_ascii || text_[end] >= 0x80; // "Kim Jong-un", "Moon Jae-in"
                    ++end;
                } else {
                    break;
                }
            }
            if (is_upper_unit(c))
                flags |= kUpper;
            else if (is_lower_unit(c))
                flags |= kLower;
            if (!any_lower && letters >= 2)
                flags |= kAllCaps;
            // Folding is per unit, so a word is folded whole once its end is known.
            if (non_ascii) {
                for (size_t k = i; k < end; ++k)
                    append_key(text_[k]);
            } else if (folds) {
                // ASCII letters, digits and hyphens: setting bit 5 lowers A-Z and keeps the rest.
                for (size_t k = i; k < end; ++k)
                    keys[key_end++] = static_cast<char16_t>(text_[k] | 0x20);
            } else {
                flags |= kKeyIsText;
            }
            token.flags = flags;
            token.span.end = static_cast<int32_t>(end);
            i = end;
        } else {
            // Surrogate pairs stay together as one punctuation token.
            const size_t width = (c >= 0xD800 && c <= 0xDBFF && i + 1 < n) ? 2 : 1;
            token.span.end = static_cast<int32_t>(i + width);
            // ASCII punctuation folds to itself, except NUL which folding drops.
            if (c < 0x80 && c != 0)
                token.flags = kKeyIsText;
            else
                for (size_t k = 0; k < width; ++k)
                    append_key(text_[i + k]);
            i += width;
        }
        if (space)
            token.flags |= kSpaceBefore;
        while (next_sentence < sentences.size() && sentences[next_sentence].end <= token.span.start)
            ++next_sentence;
        const int64_t sentence_index =
            (next_sentence < sentences.size() && sentences[next_sentence].start <= token.span.start)
                ? static_cast<int64_t>(next_sentence)
                : -1;
        const bool new_sentence = sentence_index != last_sentence_index;
        last_sentence_index = sentence_index;
        if (line_break || new_sentence)
            ++sentence;
        token.sentence = sentence;
        if (line_break && !tokens_.empty()) {
            mark_shouting_line(line_start, line_upper, line_lower);
            mark_title_case_line(line_start, line_capitalized, line_small);
            line_start = tokens_.size();
            line_upper = line_lower = line_capitalized = line_small = 0;
        }
        if (token.flags & kAllCaps)
            ++line_upper;
        else if (token.flags & (kLower | kUpper))
            ++line_lower;
        if ((token.flags & (kUpper | kAllCaps)) == kUpper)
            ++line_capitalized;
        else if (token.flags & kLower)
            ++line_small;
        tokens_.push_back(token);
        space = false;
        line_break = false;
    }
    mark_shouting_line(line_start, line_upper, line_lower);
    mark_title_case_line(line_start, line_capitalized, line_small);
    keys_.resize(key_end);
}

void TokenStream::mark_initials(const std::vector<Span>& sentences) {
    const bool guess = sentences.empty();
    bool pending = true;      // the next word starts a clause
    int32_t guessed_ends = 0; // sentence ends found so far, added to the line numbers
    int32_t previous = -1;
    for (size_t i = 0; i < tokens_.size(); ++i) {
        Token& token = tokens_[i];
        if (token.sentence != previous)
            pending = true;
        previous = token.sentence;
        token.sentence += guessed_ends;
        if (!(token.flags & kWord)) {
            const char16_t c = text_[static_cast<size_t>(token.span.start)];
            // A straight quote opens when it sticks to the next word, not to the last.
            const bool straight = c == u'"';
            const bool spaced_dash = c == u'-' && (token.flags & kSpaceBefore) &&
                                     i + 1 < tokens_.size() &&
                                     (tokens_[i + 1].flags & kSpaceBefore);
            const bool opens =
                straight ? ((token.flags & kSpaceBefore) || i == 0 ||
                            tokens_[i - 1].sentence != token.sentence) &&
                               !(i + 1 < tokens_.size() && (tokens_[i + 1].flags & kSpaceBefore))
                         : (opens_clause(c) || spaced_dash);
            if (opens) {
                pending = true;
            } else if (guess && (c == u'.' || c == u'!' || c == u'?' || c == u'\u2026')) {
                const bool abbreviation = c == u'.' && i > 0 && (tokens_[i - 1].flags & kWord) &&
                                          !(token.flags & kSpaceBefore) &&
                                          is_abbreviation(key(i - 1));
                if (!abbreviation) {
                    pending = true;
                    ++guessed_ends;
                }
            }
            continue;
        }
        // "jeunes.Arrivés", "rose… Preuve": a clause the sentence spans missed.
        if (i >= 2 && (token.flags & kUpper) && starts_clause_after(i - 1))
            pending = true;
        if (pending)
            token.flags |= kInitial;
        pending = false;
    }
}

bool TokenStream::starts_clause_after(size_t mark) const {
    const char16_t c = text_[static_cast<size_t>(tokens_[mark].span.start)];
    if (c == u'\u2026')
        return true;
    // A full stop glued to a lower-case word of three letters or more: no abbreviation.
    return c == u'.' && mark > 0 && !(tokens_[mark + 1].flags & kSpaceBefore) &&
           (tokens_[mark - 1].flags & kLower) && tokens_[mark - 1].span.length() >= 3;
}

void TokenStream::mark_shouting_line(size_t first, int upper_words, int lower_words) {
    if (upper_words >= 3 && upper_words > 2 * lower_words)
        for (size_t j = first; j < tokens_.size(); ++j)
            tokens_[j].flags |= kShouting;
}

void TokenStream::mark_title_case_line(size_t first, int capitalized_words, int lower_words) {
    if (capitalized_words >= 4 && 2 * lower_words < capitalized_words)
        for (size_t j = first; j < tokens_.size(); ++j)
            tokens_[j].flags |= kTitleCase;
}

std::u16string TokenStream::phrase_key(size_t first, size_t last) const {
    std::u16string out;
    for (size_t i = first; i < last; ++i) {
        if (i > first && (tokens_[i].flags & kSpaceBefore))
            out.push_back(u' ');
        out.append(key(i));
    }
    return out;
}

} // namespace whosaid::actors
