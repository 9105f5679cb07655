#include "quotes/reported_clause.h"

#include "quotes/token_tests.h"

#include <initializer_list>

namespace whosaid::quotes {

namespace {

constexpr int kMinClauseWords = 3; // "il a dit que oui" reports no claim worth listing
constexpr size_t kMaxClause = 160; // tokens: longer is no clause one can vouch for, and the
                                   // bound keeps a sentence of many "que" linear
constexpr size_t kMaxTrailer = 6;  // "…, a-t-il dit mardi à l'AFP."

// French adjectives that may precede the head noun of a description: "un haut responsable".
bool prenominal(std::u16string_view w) {
    return one_of(w,
                  {u"haut",    u"hauts",     u"haute",    u"hautes",    u"ancien",    u"ancienne",
                   u"anciens", u"anciennes", u"nouveau",  u"nouvel",    u"nouvelle",  u"nouveaux",
                   u"jeune",   u"jeunes",    u"autre",    u"autres",    u"plusieurs", u"deux",
                   u"trois",   u"quatre",    u"certains", u"certaines", u"nombreux",  u"nombreuses",
                   u"grand",   u"grande",    u"grands",   u"premier",   u"premiere",  u"seul",
                   u"seule",   u"simple",    u"petit",    u"petite",    u"vieux"});
}

} // namespace

bool ReportedClause::english_head_last(const SpeakerPhrase& phrase) const {
    // English puts the head last before its complements: "a senior official at the
    // ministry", "a navy spokesman"; a plain word right after the head makes the head a
    // modifier ("official figures").
    const TokenList& tokens = view_.tokens();
    const size_t end = view_.token_from(phrase.mention.end);
    for (size_t k = view_.token_from(phrase.mention.start); k < end; ++k) {
        const auto [head, length] = lexicon_.heads().longest(tokens, k, end);
        if (head < 0)
            continue;
        const size_t after = k + static_cast<size_t>(length);
        if (after >= end)
            return true;
        const Token& t = tokens[after];
        if (!t.word || t.capitalized || t.is(WordClass::kPreposition) ||
            one_of(t.folded(), {u"who", u"close", u"familiar", u"involved", u"briefed"}))
            return true;
        k = after - 1;
    }
    return false;
}

bool ReportedClause::headed_description(const SpeakerPhrase& phrase) const {
    if (phrase.kind != SpeakerPhrase::Kind::Description)
        return true;
    if (!lexicon_.french())
        return english_head_last(phrase);
    // French puts most adjectives after the noun, so a plain word before the head is the
    // real head: "les chiffres officiels" names figures, not officials.
    const TokenList& tokens = view_.tokens();
    const size_t end = view_.token_from(phrase.mention.end);
    for (size_t k = view_.token_from(phrase.mention.start); k < end; ++k) {
        const Token& t = tokens[k];
        if (lexicon_.heads().longest(tokens, k, end).first >= 0 ||
            lexicon_.titles().longest(tokens, k, end).first >= 0)
            return true;
        if (t.word && !t.is(WordClass::kDeterminer) && !prenominal(t.folded()) && !t.capitalized)
            return false;
    }
    return true;
}

std::optional<CueMatch> ReportedClause::according_at(size_t i, size_t end) const {
    auto cue = cues_.at(view_.tokens(), i, end);
    if (!cue || !cue->preposition)
        return std::nullopt;
    const std::string& lemma = lexicon_.verb(cue->entry).lemma;
    if (lemma == "selon" || lemma == "d'après" || lemma == "according to")
        return cue;
    return std::nullopt;
}

size_t ReportedClause::bound(size_t first, size_t end) const {
    if (end > first + kMaxClause)
        return first;
    size_t quoted = first;
    while (quoted < end && view_.quote_of(quoted) < 0)
        ++quoted;
    size_t cut = end;
    for (size_t c = first; c < end && cut == end; ++c) {
        const Token& t = view_.token(c);
        if (is_punct(t, u";"))
            cut = c;
        // "…, mais que «…»", "and that \"…\"": a second clause, quoted, starts.
        else if (c > first && quoted < end && t.word && t.span.length() <= 4 &&
                 one_of(t.folded(), {u"mais", u"et", u"but", u"and"}) && c + 1 < end &&
                 one_of(view_.token(c + 1).folded(), {u"que", u"qu", u"that"}))
            cut = c;
        else if (is_punct(t, u",") && c + 1 < end && view_.quote_of(c + 1) < 0) {
            auto cue = cues_.at(view_.tokens(), c + 1, end);
            if (cue && (!cue->preposition || according_at(c + 1, end)))
                cut = c;
        }
    }
    // Punctuation closing the clause is not part of it; "%" or ")" are.
    while (cut > first && !view_.token(cut - 1).word &&
           (is_dash(view_.token(cut - 1)) ||
            one_of(view_.token(cut - 1).folded(), {u".", u",", u";", u":", u"!", u"\u2026"})))
        --cut;
    return cut;
}

bool ReportedClause::acceptable(size_t first, size_t end) const {
    if (end <= first || !view_.token(first).word)
        return false;
    int words = 0;
    for (size_t k = first; k < end; ++k) {
        // An unpaired mark too: the clause may be quoted words the scanner could not pair.
        const Token& t = view_.token(k);
        if (view_.quote_of(k) >= 0 ||
            (!t.word &&
             one_of(t.folded(), {u"\"", u"\u00ab", u"\u00bb", u"\u201c", u"\u201d", u"\u201e"})))
            return false;
        words += t.word ? 1 : 0;
    }
    return words >= kMinClauseWords;
}

bool ReportedClause::subject_adjacent(size_t phrase_end, size_t cue_first) const {
    for (size_t j = phrase_end; j < cue_first;) {
        const Token& t = view_.token(j);
        if (is_punct(t, u",")) {
            // An apposition or an aside between commas: "X, ministre de l'Intérieur, a dit".
            size_t close = j + 1;
            while (close < cue_first && !is_punct(view_.token(close), u",") &&
                   view_.quote_of(close) < 0)
                ++close;
            j = close < cue_first ? close + 1 : j + 1;
            continue;
        }
        if (is_punct(t, u"'") || is_punct(t, u"-") || t.is(WordClass::kAdverb) ||
            t.is(WordClass::kNegation) || t.is(WordClass::kAuxiliary) ||
            one_of(t.folded(), {u"qui", u"who"})) {
            ++j;
            continue;
        }
        return false;
    }
    return true;
}

bool ReportedClause::only_trailer(size_t from, size_t end) const {
    if (from >= end)
        return from == end;
    if (end - from > kMaxTrailer)
        return false;
    const Token& lead = view_.token(from);
    if (!lead.is(WordClass::kPreposition) && !lead.is(WordClass::kAdverb))
        return false;
    for (size_t k = from; k < end; ++k)
        if (view_.quote_of(k) >= 0 || is_punct(view_.token(k), u","))
            return false;
    return true;
}

} // namespace whosaid::quotes
