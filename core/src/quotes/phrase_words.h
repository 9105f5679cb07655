#pragma once

#include "quotes/token_tests.h"
#include "quotes/word_tokenizer.h"

#include <string_view>

namespace whosaid::quotes {

// Word tests shared by the readers of speaker phrases (SpeakerPhraseFinder,
// DescriptionPhraseReader): the words that end or link a phrase. Words are folded.

// A day named without a preposition (folded): "lundi", "hier", "aujourd'hui", "yesterday".
inline bool day_word(std::u16string_view w) {
    return one_of(w, {u"lundi", u"mardi", u"mercredi", u"jeudi", u"vendredi", u"samedi",
                      u"dimanche", u"hier", u"demain", u"aujourd", u"yesterday", u"today",
                      u"tomorrow", u"tonight"});
}

inline bool is_relative(const Token& t) {
    return t.folded() == u"qui" || t.folded() == u"who";
}

inline bool is_noun_complement(std::u16string_view w) {
    return w == u"de" || w == u"du" || w == u"des" || w == u"d" || w == u"of";
}

// Articles and demonstratives: a description they open may stand for someone named.
inline bool definite_article(std::u16string_view d) {
    return d == u"le" || d == u"la" || d == u"les" || d == u"l" || d == u"the" || d == u"ce" ||
           d == u"cet" || d == u"cette" || d == u"this";
}

// "des manifestants brandissaient", "les riverains applaudirent": an imperfect or simple
// past plural ending, never a noun's or an adjective's, ends a French description.
inline bool finite_verb_ending(const Token& t) {
    const std::u16string_view w = t.folded();
    return w.size() > 6 && (w.ends_with(u"aient") || w.ends_with(u"erent"));
}

} // namespace whosaid::quotes
