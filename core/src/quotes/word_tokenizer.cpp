#include "quotes/word_tokenizer.h"

#include <algorithm>
#include <functional>
#include <unicode/uchar.h>

namespace whosaid::quotes {

namespace {

// Latin-1 and Latin Extended-A letters without their accents, from U+00C0.
constexpr std::u16string_view kLatin1Base = u"aaaaaaaceeeeiiiidnooooo*ouuuuyts"  // C0..DF
                                            u"aaaaaaaceeeeiiiidnooooo/ouuuuyty"; // E0..FF

char16_t fold_extended_a(char16_t c) {
    // U+0100..U+017F alternate upper/lower pairs of one base letter.
    static constexpr std::u16string_view kBase =
        u"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
        u"lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    const size_t index = static_cast<size_t>(c - 0x100);
    return index < kBase.size() ? kBase[index] : c;
}

} // namespace

char16_t WordTokenizer::fold_char(char16_t c) {
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? static_cast<char16_t>(c + 32) : c;
    if (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7)
        return kLatin1Base[static_cast<size_t>(c - 0xC0)];
    if (c >= 0x100 && c <= 0x17F)
        return fold_extended_a(c);
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC)
        return '\'';
    if (c == 0x2010 || c == 0x2011)
        return '-';
    if (c == 0x0152 || c == 0x0153)
        return 'o'; // œ: only used inside words, where "oe" vs "o" does not matter for cues
    return static_cast<char16_t>(u_tolower(c));
}

bool WordTokenizer::is_other_word_char(char16_t c) {
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x00AB || c == 0x00BB)
        return false;
    if (c >= 0xD800 && c <= 0xDFFF)
        return true; // astral letters are rare in news: keep them inside words
    return u_isalnum(c) || u_getCombiningClass(c) != 0;
}

bool WordTokenizer::is_space(char16_t c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0x00A0 || c == 0x202F ||
           c == 0x2009 || c == 0x2007 || c == 0x200B || c == 0x2002 || c == 0x2003;
}

void WordTokenizer::append(std::u16string_view text, int32_t begin, int32_t end, TokenList& tokens,
                           std::u16string& folded) {
    if (end <= begin)
        return;
    // Folded forms that differ from the text are kept in folded: it must not reallocate
    // under the tokens pointing into it while growing.
    const size_t needed = folded.size() + static_cast<size_t>(end - begin);
    if (needed > folded.capacity()) {
        const char16_t* old_begin = folded.data();
        const char16_t* old_end = old_begin + folded.size();
        folded.reserve(std::max(needed, 2 * folded.capacity()));
        for (Token& token : tokens)
            if (std::greater_equal<>()(token.folded_units, old_begin) &&
                std::less<>()(token.folded_units, old_end))
                token.folded_units = folded.data() + (token.folded_units - old_begin);
    }
    const char16_t* const units = text.data();
    int32_t i = begin;
    while (i < end) {
        const char16_t c = units[i];
        if (c < 0x80) {
            // ASCII spaces, punctuation and words, the bulk of a news text, by table. A word
            // running on into other letters ("déclaré") is left to the general path below.
            const uint8_t kind = kAsciiKinds[c];
            if ((kind & kAsciiSpace) != 0) {
                ++i;
                continue;
            }
            int32_t word_end = i + 1;
            unsigned kinds = kind;
            if ((kind & kAsciiWord) != 0) {
                word_end =
                    static_cast<int32_t>(skip_ascii_lower(units + word_end, units + end) - units);
                for (; word_end < end && units[word_end] < 0x80; ++word_end) {
                    const uint8_t next = kAsciiKinds[units[word_end]];
                    if ((next & kAsciiWord) == 0)
                        break;
                    kinds |= next;
                }
            }
            if ((kind & kAsciiWord) == 0 || word_end == end || units[word_end] < 0x80 ||
                !is_word_char(units[word_end])) {
                const char16_t* folded_units = units + i;
                // In ASCII only capitals fold.
                if ((kinds & kAsciiUpper) != 0) {
                    const size_t at = folded.size();
                    folded.append(units + i, static_cast<size_t>(word_end - i));
                    for (size_t k = at; k < folded.size(); ++k)
                        if ((kAsciiKinds[folded[k]] & kAsciiUpper) != 0)
                            folded[k] = static_cast<char16_t>(folded[k] + 32);
                    folded_units = folded.data() + at;
                }
                tokens.push_back({{i, word_end},
                                  folded_units,
                                  (kind & kAsciiWord) != 0,
                                  (kind & kAsciiUpper) != 0,
                                  0});
                // Most tokens are followed by one space: skipped here, not by another turn.
                i = word_end < end && units[word_end] == u' ' ? word_end + 1 : word_end;
                continue;
            }
        }
        if (c >= 0x80 && is_space(c)) {
            ++i;
            continue;
        }
        Token& token = tokens.emplace_back();
        token.span.start = i;
        if (is_word_char(c)) {
            token.word = true;
            token.capitalized =
                c < 0x80 ? (kAsciiKinds[c] & kAsciiUpper) != 0 : (u_isupper(c) || u_istitle(c));
            // The word's end and whether folding changes it first: most words are already
            // folded, point into the text and are never copied. In ASCII only capitals fold.
            int32_t word_end = i;
            unsigned ascii_kinds = 0;
            bool changed = false;
            for (; word_end < end; ++word_end) {
                const char16_t unit = units[word_end];
                if (unit < 0x80) {
                    const uint8_t kind = kAsciiKinds[unit];
                    if ((kind & kAsciiWord) == 0)
                        break;
                    ascii_kinds |= kind;
                } else {
                    if (!is_word_char(unit))
                        break;
                    changed = changed || fold_char(unit) != unit;
                }
            }
            changed = changed || (ascii_kinds & kAsciiUpper) != 0;
            // "à" keeps its accent: folded to "a" it would read as the auxiliary "a".
            const bool lone_a_grave = word_end - i == 1 && (c == 0xE0 || c == 0xC0);
            if (lone_a_grave)
                changed = c != 0xE0;
            if (changed) {
                // Room was reserved above: the units are written in place, not pushed.
                const size_t at = folded.size();
                folded.resize(at + static_cast<size_t>(word_end - i));
                char16_t* out = folded.data() + at;
                for (int32_t k = i; k < word_end; ++k)
                    *out++ = fold_char(text[static_cast<size_t>(k)]);
                if (lone_a_grave)
                    folded.back() = u'\u00e0';
                token.folded_units = folded.data() + at;
            } else {
                token.folded_units = text.data() + i;
            }
            i = word_end;
        } else {
            const char16_t unit = fold_char(c);
            if (unit == c) {
                token.folded_units = text.data() + i;
            } else {
                token.folded_units = folded.data() + folded.size();
                folded.push_back(unit);
            }
            ++i;
        }
        token.span.end = i;
    }
}

std::vector<std::u16string> WordTokenizer::fold_phrase(std::u16string_view phrase) {
    TokenList tokens;
    std::u16string folded;
    append(phrase, 0, static_cast<int32_t>(phrase.size()), tokens, folded);
    std::vector<std::u16string> out;
    out.reserve(tokens.size());
    for (const Token& token : tokens)
        out.emplace_back(token.folded());
    return out;
}

bool WordTokenizer::first_token_folds_to(std::u16string_view phrase, std::u16string_view folded) {
    size_t start = 0;
    while (start < phrase.size() && is_space(phrase[start]))
        ++start;
    if (start == phrase.size())
        return false;
    size_t end = start + 1;
    if (is_word_char(phrase[start]))
        while (end < phrase.size() && is_word_char(phrase[end]))
            ++end;
    if (end - start != folded.size())
        return false;
    // As in append: a lone "à" keeps its accent.
    if (end - start == 1 && (phrase[start] == 0xE0 || phrase[start] == 0xC0))
        return folded.front() == u'\u00e0';
    for (size_t k = start; k < end; ++k)
        if (fold_char(phrase[k]) != folded[k - start])
            return false;
    return true;
}

} // namespace whosaid::quotes
