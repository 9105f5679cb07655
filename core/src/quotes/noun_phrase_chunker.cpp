#include "quotes/noun_phrase_chunker.h"

#include "quotes/english_past_verb.h"
#include "quotes/token_tests.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxChunk = 10; // tokens after the head

bool is_digits(std::u16string_view w) {
    for (char16_t c : w)
        if (c < u'0' || c > u'9')
            return false;
    return !w.empty();
}

bool function_word(const Token& t) {
    using namespace WordClass;
    return t.is(kAuxiliary | kNegation | kAdverb | kDeterminer | kPreposition | kComplementizer |
                kMotion);
}

// Adjectives French puts before the noun: "un autre lecteur", "le premier soumis".
bool prenominal(std::u16string_view w) {
    return one_of(w, {u"autre",    u"premier", u"premiere", u"jeune",    u"ancien",
                      u"ancienne", u"nouveau", u"nouvelle", u"haut",     u"haute",
                      u"seul",     u"seule",   u"grand",    u"grande",   u"petit",
                      u"petite",   u"vieux",   u"vieil",    u"vieille",  u"deuxieme",
                      u"second",   u"seconde", u"dernier",  u"derniere", u"meme"});
}

bool complement_word(std::u16string_view w) {
    return one_of(w, {u"de", u"du", u"des", u"d"});
}

} // namespace

bool NounPhraseChunker::content_word(size_t i, size_t limit) const {
    return noun_word(i) && !cues_.at(view_.tokens(), i, limit);
}

bool NounPhraseChunker::noun_word(size_t i) const {
    const Token& t = view_.token(i);
    if (!t.word || function_word(t) || (french_ && t.capitalized))
        return false;
    const std::u16string_view w = t.folded();
    if (one_of(w, {u"qui", u"que", u"et", u"ou", u"mais", u"il", u"elle", u"ils", u"elles", u"on",
                   u"who", u"which", u"and", u"or", u"but", u"he", u"she", u"they", u"it"}))
        return false;
    return true;
}

size_t NounPhraseChunker::opener(size_t i, size_t limit, NounChunk& chunk) const {
    const auto word = [&](size_t k) -> std::u16string_view {
        return k < limit && view_.token(k).word ? view_.token(k).folded() : std::u16string_view();
    };
    const auto apostrophe = [&](size_t k) {
        return k < limit && is_punct(view_.token(k), u"'");
    };
    const std::u16string_view w = word(i);
    if (french_) {
        // "l'un des témoins", "l'une d'elles", "un des gendarmes": one of a group.
        size_t k = i;
        if (w == u"l" && apostrophe(i + 1))
            k = i + 2;
        const std::u16string_view one = word(k);
        if ((one == u"un" || one == u"une") && complement_word(word(k + 1))) {
            chunk.gender = one == u"une" ? Gender::Feminine : Gender::Masculine;
            return apostrophe(k + 2) ? k + 3 : k + 2;
        }
        if (one_of(w, {u"beaucoup", u"nombre"}) && complement_word(word(i + 1))) {
            chunk.plural = true;
            return apostrophe(i + 2) ? i + 3 : i + 2;
        }
        if (w == u"la" && word(i + 1) == u"plupart" && word(i + 2) == u"des") {
            chunk.plural = true;
            return i + 3;
        }
        if (one_of(w, {u"le", u"ce", u"cet", u"un"}))
            chunk.gender = Gender::Masculine;
        else if (one_of(w, {u"la", u"cette", u"une", u"sa"}))
            chunk.gender = Gender::Feminine;
        else if (one_of(w, {u"les", u"ces", u"des", u"ses", u"leurs", u"plusieurs", u"certains",
                            u"certaines", u"quelques", u"deux", u"trois"}))
            chunk.plural = true;
        else if (!one_of(w, {u"l", u"son", u"leur"}))
            return i;
        chunk.definite = one_of(w, {u"le", u"la", u"l", u"les", u"ce", u"cet", u"cette", u"ces",
                                    u"son", u"sa", u"ses", u"leur", u"leurs"});
        return apostrophe(i + 1) ? i + 2 : i + 1;
    }
    if (one_of(w, {u"the", u"his", u"her", u"their", u"its", u"this"}))
        chunk.definite = true;
    else if (one_of(w, {u"some", u"several", u"many", u"two", u"three"}))
        chunk.plural = true;
    else if (!one_of(w, {u"a", u"an", u"one", u"another"}))
        return i;
    // "one of the protesters": the group after "of".
    if (word(i + 1) == u"of" && !one_of(w, {u"a", u"an", u"the"}))
        return one_of(word(i + 2), {u"the", u"his", u"her", u"their", u"its", u"these", u"those"})
                   ? i + 3
                   : i + 2;
    return i + 1;
}

size_t NounPhraseChunker::french_modifiers(size_t head, size_t limit) const {
    size_t end = head + 1;
    for (size_t k = head + 1; k < limit && k <= head + kMaxChunk; ++k) {
        const Token& t = view_.token(k);
        const Token& prev = view_.token(k - 1);
        const bool after_de = complement_word(prev.folded()) || is_punct(prev, u"'") ||
                              (prev.is(WordClass::kDeterminer) && k >= 2 &&
                               complement_word(view_.token(k - 2).folded()));
        if (!t.word) {
            if (is_punct(t, u"'") || is_punct(t, u"-"))
                continue;
            break;
        }
        if (complement_word(t.folded()) || (after_de && t.is(WordClass::kDeterminer)))
            continue;
        // An elided word ("s'est", "n'a") opens the verb group after the phrase.
        if (k + 1 < limit && is_punct(view_.token(k + 1), u"'"))
            break;
        // "du Parisien", "de la Somme": a name inside a complement; elsewhere a name is
        // an apposition of its own.
        if (t.capitalized ? after_de : (is_digits(t.folded()) || content_word(k, limit)))
            end = k + 1;
        else
            break;
    }
    return end;
}

size_t NounPhraseChunker::english_head(size_t from, size_t limit, size_t& head) const {
    size_t end = from;
    bool of = false;
    for (size_t k = from; k < limit && k <= from + kMaxChunk; ++k) {
        const Token& t = view_.token(k);
        if (!t.word) {
            if (is_punct(t, u"'") || is_punct(t, u"-") || is_punct(t, u"\u2019"))
                continue;
            break;
        }
        const std::u16string_view w = t.folded();
        if (w == u"of" && !of && end > from) {
            of = true;
            continue;
        }
        // "the team's doctor": the possessive "s" is part of the phrase.
        const bool possessive_s = w == u"s" && k > from && !view_.token(k - 1).word;
        if (!possessive_s && (function_word(t) && !(of && t.is(WordClass::kDeterminer))))
            break;
        if (!possessive_s && !t.capitalized && !is_digits(w) && !content_word(k, limit))
            break;
        // "The governor sought to …", "A senior adviser declined …": after a noun, a past
        // verb opens the predicate ("the elected official" keeps its first participle).
        if (end > from && !t.capitalized && english_past_verb(t))
            break;
        if (!of && !possessive_s)
            head = k;
        end = k + 1;
    }
    return end;
}

std::optional<NounChunk> NounPhraseChunker::at(size_t i, size_t limit) const {
    if (i >= limit)
        return std::nullopt;
    NounChunk chunk;
    chunk.first = i;
    const size_t from = opener(i, limit, chunk);
    if (from == i)
        return std::nullopt;
    if (!french_) {
        // "one said", "another said": the opener is the whole phrase.
        const std::u16string_view w = view_.token(i).folded();
        size_t head = i;
        chunk.end = english_head(from, limit, head);
        if (chunk.end == from && !(from == i + 1 && one_of(w, {u"one", u"another"})))
            return std::nullopt;
        chunk.end = std::max(chunk.end, i + 1);
        chunk.head = head;
        return chunk;
    }
    size_t head = from;
    while (head < limit && head < from + 2 && view_.token(head).word &&
           prenominal(view_.token(head).folded()) && content_word(head + 1, limit))
        ++head;
    // Right after its article, a participle is a noun: "le prévenu", "l'accusé".
    if (head >= limit || !(head == from ? noun_word(head) : content_word(head, limit)))
        return std::nullopt;
    chunk.head = head;
    chunk.end = french_modifiers(head, limit);
    return chunk;
}

bool NounPhraseChunker::time_phrase(const NounChunk& chunk) const {
    return one_of(view_.token(chunk.head).folded(),
                  {u"lendemain", u"veille", u"jour",   u"soir",    u"matin",   u"semaine",
                   u"mois",      u"annee",  u"an",     u"nuit",    u"midi",    u"fois",
                   u"week",      u"day",    u"night",  u"morning", u"evening", u"month",
                   u"year",      u"time",   u"weekend"});
}

} // namespace whosaid::quotes
