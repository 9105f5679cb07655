#include "quotes/media_phrase_reader.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxDescriptionTokens = 9; // "à une journaliste de l'agence de presse …"
constexpr size_t kMaxAdjectives = 2;        // "l'agence de presse officielle slovène"

bool folds_to_any(const Token& t, std::initializer_list<std::u16string_view> words) {
    for (std::u16string_view w : words)
        if (t.folded() == w)
            return true;
    return false;
}

} // namespace

bool MediaPhraseReader::is_type(const Token& t) const {
    if (!t.is(WordClass::kMediumWord) || !t.word || t.capitalized)
        return false;
    const MediumWord word = lexicon_.medium_word(t.folded());
    return word == MediumWord::Type || word == MediumWord::NamedType;
}

// A lowercase word that may qualify a type of medium: not a function word, not a cue.
bool MediaPhraseReader::adjective(const Token& t) const {
    return t.word && !t.capitalized &&
           !t.is(WordClass::kDeterminer | WordClass::kPreposition | WordClass::kSourceCueEnd |
                 WordClass::kVerbStart | WordClass::kAuxiliary) &&
           !folds_to_any(t, {u"et", u"ou", u"and", u"or", u"qui", u"que", u"who", u"which"});
}

MediaPhraseReader::Medium MediaPhraseReader::name_at(size_t k, size_t last) const {
    const Token& t = view_.token(k);
    const IndexedMention* mention = view_.mention_starting(t.span.start);
    if (mention &&
        view_.doc().entities[static_cast<size_t>(mention->entity)].kind == EntityKind::Media)
        return {mention->entity, mention->span, {}};
    // Names of the lexicon, some with their elided article ("l'Écho", "L'Avenir"), win over
    // a mention of another kind: a cue will confirm them.
    const bool elided = t.word && !t.capitalized && k + 2 < last &&
                        view_.token(k + 1).folded() == u"'" && view_.token(k + 2).capitalized &&
                        (t.folded() == u"l" || t.folded() == u"d");
    if (!elided && (!t.word || !t.capitalized))
        return {};
    auto [media, length] = lexicon_.media().longest(view_.tokens(), k, last);
    if (media >= 0) {
        const Span span{t.span.start, view_.token(k + static_cast<size_t>(length) - 1).span.end};
        return {-1, span, lexicon_.media_name(media)};
    }
    // A type written with a capital is no name: "sur son site Internet".
    if (elided || t.is(WordClass::kMediumWord))
        return {};
    // "l'agence Interfax", "le quotidien Kommersant", "l'agence de presse slovène Petrovka": a
    // name after a type of medium and at most a few words qualifying it.
    size_t j = k;
    size_t adjectives = 0;
    while (j > 0 && k - j < kMaxDescriptionTokens) {
        const Token& before = view_.token(j - 1);
        if (is_type(before))
            break;
        const bool qualifier = before.is(WordClass::kMediaNoun) || folds_to_any(before, {u"de"});
        if (!qualifier && !(adjective(before) && ++adjectives <= kMaxAdjectives))
            return {};
        --j;
    }
    if (j == 0 || !is_type(view_.token(j - 1)))
        return {};
    size_t end = k;
    while (end < last && view_.token(end).word && view_.token(end).capitalized &&
           view_.quote_of(end) < 0)
        ++end;
    const Span span{t.span.start, view_.token(end - 1).span.end};
    return {-1, span, std::u16string(view_.doc().slice(span))};
}

bool MediaPhraseReader::describes(const Token& t, const Token& next, size_t& adjectives) const {
    // "the Lyon daily", "the New York tabloid": a place qualifying the type.
    if (t.word && t.capitalized && is_type(next))
        return true;
    if (t.folded() == u"'" || t.is(WordClass::kMediaNoun) ||
        (t.is(WordClass::kDeterminer) && !t.is(WordClass::kSourceCueEnd)) ||
        folds_to_any(t, {u"de", u"d", u"du", u"des", u"of", u"from"}))
        return true;
    if (t.is(WordClass::kMediumWord) && t.word && !t.capitalized)
        return true;
    return adjective(t) && ++adjectives <= kMaxAdjectives;
}

size_t MediaPhraseReader::description_start(size_t k, size_t first) const {
    size_t start = k; // the description ends with an article, a type or a staff word
    size_t adjectives = 0;
    for (size_t j = k; j > first && k - j < kMaxDescriptionTokens; --j) {
        const size_t before = adjectives;
        if (!describes(view_.token(j - 1), view_.token(j), adjectives))
            break;
        if (adjectives == before)
            start = j - 1;
    }
    return start;
}

bool MediaPhraseReader::typed(size_t k, size_t first) const {
    for (size_t j = description_start(k, first); j < k; ++j)
        if (is_type(view_.token(j)))
            return true;
    return false;
}

size_t MediaPhraseReader::description_end(size_t k, size_t last) const {
    // Cheap tests first: this runs on every token of an attribution window.
    const Token& article = view_.token(k);
    if (!article.is(WordClass::kDeterminer | WordClass::kPreposition) || k + 1 >= last ||
        !(view_.token(k + 1).is(WordClass::kMediumWord) ||
          (k + 2 < last && view_.token(k + 2).is(WordClass::kMediumWord))) ||
        !folds_to_any(article, {u"le", u"la", u"l", u"du", u"au", u"the"}))
        return k;
    size_t j = k + 1;
    if (j < last && view_.token(j).folded() == u"'")
        ++j;
    if (j >= last || !is_type(view_.token(j)) ||
        lexicon_.medium_word(view_.token(j).folded()) != MediumWord::Type)
        return k;
    ++j;
    // Qualifiers of the type, then no name: "le quotidien régional", "the newspaper".
    for (size_t adjectives = 0; j < last && adjectives < kMaxAdjectives; ++adjectives) {
        const Token& t = view_.token(j);
        if (!adjective(t) || view_.mention_starting(t.span.start))
            break;
        ++j;
    }
    if (j < last) {
        // A name, or a complement ("le site de la mairie", "the network of activists"): not
        // a medium standing alone.
        const Token& next = view_.token(j);
        if ((next.word && next.capitalized) || view_.mention_starting(next.span.start) ||
            folds_to_any(next, {u"de", u"d", u"du", u"des", u"of"}) ||
            (view_.quote_of(j) >= 0 && folds_to_any(next, {u"\u00ab", u"\"", u"\u201c"})))
            return k;
    }
    return j;
}

} // namespace whosaid::quotes
