#pragma once

#include "quotes/word_tokenizer.h"
#include "segment/segmenter_chars.h"

#include <initializer_list>
#include <string_view>

namespace whosaid::quotes {

// Whether w is one of words (short lists of folded words, compared one by one).
inline bool one_of(std::u16string_view w, std::initializer_list<std::u16string_view> words) {
    for (std::u16string_view word : words)
        if (w == word)
            return true;
    return false;
}

// Whether t is the punctuation p. A punctuation token is one unit: a single comparison.
inline bool is_punct(const Token& t, std::u16string_view p) {
    return !t.word && p.size() == 1 && t.folded_units[0] == p[0];
}

// Whether t is the punctuation unit c.
inline bool is_punct(const Token& t, char16_t c) {
    return !t.word && t.folded_units[0] == c;
}

// Whether t is a dash: a hyphen, any of the Unicode dashes, a bar or a minus sign.
inline bool is_dash(const Token& t) {
    return !t.word && segment::chars::is_dash(t.folded_units[0]);
}

// Whether t is a dash longer than a hyphen (figure, en or em dash, bar). A hyphen token is
// also the joint of "a-t-il" and of compound words, so clauses that must not break there
// test only these.
inline bool is_long_dash(const Token& t) {
    return !t.word && t.folded_units[0] >= 0x2012 && t.folded_units[0] <= 0x2015;
}

} // namespace whosaid::quotes
