#pragma once

#include "support/large_block.h"
#include "whosaid/span.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::quotes {

// One word or punctuation character of the text, with a folded form for lexicon lookups.
struct Token {
    Span span;
    // Lower case, accents removed, ’ made ': one unit per unit of the text, so its length is
    // the span's. The units are the text's own when folding changes none of them, else in
    // the buffer the tokenizer appended them to.
    const char16_t* folded_units = nullptr;
    bool word = false; // letters or digits; otherwise a single punctuation character
    bool capitalized = false;
    // WordClass bits of the folded form, set by DocumentView (0 until then).
    uint32_t classes = 0;

    // Whether the token belongs to any of the WordClass bits given.
    bool is(uint32_t word_class) const { return (classes & word_class) != 0; }

    std::u16string_view folded() const {
        return {folded_units, static_cast<size_t>(span.length())};
    }
};

// The tokens of a document: one array as long as the text's words, so its memory comes in
// huge pages (see large_block.h).
using TokenList = std::vector<Token, support::LargeArrayAllocator<Token>>;

// ASCII character kinds, by code: a table lookup instead of range tests in the loops that
// read every character of the text.
inline constexpr uint8_t kAsciiWord = 1;  // letter or digit
inline constexpr uint8_t kAsciiUpper = 2; // capital letter (also kAsciiWord)
inline constexpr uint8_t kAsciiSpace = 4; // space, tab, line feed, carriage return
inline constexpr std::array<uint8_t, 128> kAsciiKinds = [] {
    std::array<uint8_t, 128> table{};
    for (char c : {' ', '\t', '\n', '\r'})
        table[static_cast<size_t>(c)] = kAsciiSpace;
    for (char c = '0'; c <= '9'; ++c)
        table[static_cast<size_t>(c)] = kAsciiWord;
    for (char c = 'a'; c <= 'z'; ++c) {
        table[static_cast<size_t>(c)] = kAsciiWord;
        table[static_cast<size_t>(c - 'a' + 'A')] = kAsciiWord | kAsciiUpper;
    }
    return table;
}();

// Splits text into words and single punctuation characters in one linear pass. Apostrophes
// and hyphens are tokens of their own ("l'AFP" → l ' afp, "a-t-il" → a - t - il), so that
// lexicon phrases tokenized the same way match the text token by token.
class WordTokenizer {
public:
    // Appends the tokens of text[begin, end) to tokens (offsets relative to text), and the
    // folded forms that differ from the text to folded. The tokens point into text and
    // folded, which must outlive them. folded grows by at most end - begin units; when its
    // capacity is short, it is enlarged and the tokens pointing into it are moved along.
    static void append(std::u16string_view text, int32_t begin, int32_t end, TokenList& tokens,
                       std::u16string& folded);
    // The folded forms of a lexicon phrase's tokens.
    static std::vector<std::u16string> fold_phrase(std::u16string_view phrase);
    // Whether the first token of phrase folds to folded (fold_phrase(phrase).front() ==
    // folded), without building the tokens; false when phrase has no token.
    static bool first_token_folds_to(std::u16string_view phrase, std::u16string_view folded);
    // Folds one character: lower case without accent, typographic apostrophes and dashes made
    // ASCII. Characters outside Latin are only lower-cased.
    static char16_t fold_char(char16_t c);
    static bool is_word_char(char16_t c) {
        if (c < 0x80)
            return (kAsciiKinds[c] & kAsciiWord) != 0;
        // Latin-1 and Latin Extended-A letters, the accented letters of French text.
        if (c >= 0xC0 && c <= 0x17F)
            return c != 0xD7 && c != 0xF7;
        return is_other_word_char(c);
    }
    static bool is_space(char16_t c);
    // The end of the run of ASCII lower-case letters starting at p (p itself when none): the
    // inside of most words of a text, by one comparison per unit.
    static const char16_t* skip_ascii_lower(const char16_t* p, const char16_t* end) {
        while (p < end && static_cast<char16_t>(*p - u'a') < 26)
            ++p;
        return p;
    }

private:
    // is_word_char beyond ASCII and Latin: asks ICU.
    static bool is_other_word_char(char16_t c);
};

} // namespace whosaid::quotes
