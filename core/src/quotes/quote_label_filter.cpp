#include "quotes/quote_label_filter.h"

#include "quotes/quote_finder.h"

#include <algorithm>
#include <array>

namespace whosaid::quotes {

namespace {

constexpr int kMaxTermWords = 3;  // a label is a short term: "bonnets verts", "blue hat"
constexpr int kMaxTitleWords = 6; // "Late Night Hour Live", "People's Union Against …"

template <size_t N>
bool one_of(std::u16string_view word, const std::array<std::u16string_view, N>& words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

// Small words a title keeps in lower case between its capitalized words.
constexpr std::array<std::u16string_view, 22> kTitleConnectors = {
    u"de",  u"du", u"des", u"la",  u"le", u"les", u"l",  u"d",  u"et", u"en",  u"au",
    u"aux", u"of", u"the", u"and", u"s",  u"a",   u"an", u"in", u"on", u"for", u"to"};

// Words that turn what follows into the name of something, whatever it says.
constexpr std::array<std::u16string_view, 16> kNamingWords = {
    u"intitule", u"intitulee", u"intitules", u"intitulees", u"baptise",   u"baptisee",
    u"baptises", u"baptisees", u"surnomme",  u"surnommee",  u"surnommes", u"surnommees",
    u"titled",   u"entitled",  u"dubbed",    u"nicknamed"};

// Articles before a term used as a noun ("des «bonnets verts»", "the “blue hat”").
constexpr std::array<std::u16string_view, 25> kLabelArticles = {
    u"les",       u"des",       u"aux",      u"du",   u"un",    u"une",    u"le",
    u"la",        u"l",         u"de",       u"d",    u"autre", u"autres", u"certains",
    u"certaines", u"plusieurs", u"quelques", u"ces",  u"the",   u"a",      u"an",
    u"other",     u"several",   u"many",     u"these"};

// Articles before an English term used as a modifier ("the “blue hat” protesters"); not
// "a"/"an", which mostly introduce a quoted judgement ("a “reckless” bidder").
constexpr std::array<std::u16string_view, 6> kModifierArticles = {u"the",  u"other", u"several",
                                                                  u"many", u"these", u"those"};

// Prepositions that put a title on a medium ("sur «…»", "on “…”").
constexpr std::array<std::u16string_view, 6> kMediumPrepositions = {u"sur", u"pour", u"dans",
                                                                    u"on",  u"in",   u"for"};
constexpr size_t kMaxFramingWords = 3; // "le journal américain «…»"

// Words after a quotation that show it is not a modifier of a noun.
constexpr std::array<std::u16string_view, 16> kNotANoun = {
    u"and",  u"or", u"but", u"that", u"which", u"who",  u"to",   u"as",
    u"than", u"is", u"are", u"was",  u"were",  u"said", u"says", u"if"};

bool sentence_end(char16_t c) {
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

} // namespace

size_t QuoteLabelFilter::before(const QuoteCandidate& quote) const {
    return quote.open > quote.sentence_first ? quote.open - 1 : view_.size();
}

uint64_t QuoteLabelFilter::term_key(const QuoteCandidate& quote) const {
    if (quote.word_count == 0 || quote.word_count > kMaxTermWords)
        return 0;
    const std::u16string_view inner = view_.doc().slice(quote.range.inner);
    if (!inner.empty() && sentence_end(inner.back()))
        return 0;
    // FNV-1a over the words and a separator after each.
    uint64_t key = 0xcbf29ce484222325ull;
    auto mix = [&key](char16_t unit) {
        key = (key ^ unit) * 0x100000001b3ull;
    };
    for (size_t i = view_.token_from(quote.range.inner.start);
         i < view_.size() && view_.token(i).span.start < quote.range.inner.end; ++i) {
        const Token& t = view_.token(i);
        if (!t.word)
            continue;
        std::u16string_view word = t.folded();
        if (word.size() > 3 && (word.back() == u's' || word.back() == u'x'))
            word.remove_suffix(1);
        for (char16_t unit : word)
            mix(unit);
        mix(u' ');
    }
    return key == 0 ? 1 : key;
}

bool QuoteLabelFilter::title_case(const QuoteCandidate& quote) const {
    int words = 0;
    int capitals = 0;
    const Token* last_word = nullptr;
    const size_t first = view_.token_from(quote.range.inner.start);
    for (size_t i = first; i < view_.size() && view_.token(i).span.start < quote.range.inner.end;
         ++i) {
        const Token& t = view_.token(i);
        if (!t.word) {
            const char16_t c = t.folded().front();
            const bool last =
                i + 1 >= view_.size() || view_.token(i + 1).span.start >= quote.range.inner.end;
            if (c == '\'' || c == '-' || c == '&' || (c == ',' && last))
                continue;
            return false;
        }
        if (++words > kMaxTitleWords)
            return false;
        if (t.capitalized)
            ++capitals;
        else if (words == 1 || !one_of(t.folded(), kTitleConnectors))
            return false;
        last_word = &t;
    }
    return capitals >= 2 && last_word && last_word->capitalized;
}

bool QuoteLabelFilter::medium_title(const QuoteCandidate& quote) const {
    const size_t first = view_.token_from(quote.range.inner.start);
    size_t end = view_.token_from(quote.range.inner.end);
    while (end > first && !view_.token(end - 1).word)
        --end;
    if (first >= end || !view_.token(first).word || end - first > kMaxTitleWords)
        return false;
    auto [media, length] = lexicon_.media().longest(view_.tokens(), first, end);
    if (media >= 0 && first + static_cast<size_t>(length) == end)
        return true;
    // A medium the recognizer found, its article perhaps folded into the preposition before
    // the marks ("au «Parisien»" names Le Parisien).
    const IndexedMention* mention =
        view_.mention_covering(Span{view_.token(first).span.start, view_.token(end - 1).span.end});
    return mention &&
           view_.doc().entities[static_cast<size_t>(mention->entity)].kind == EntityKind::Media;
}

bool QuoteLabelFilter::is_name(const QuoteCandidate& quote, bool linked) const {
    // "a-t-il déclaré au «Parisien»", "sur «France Inter»": the title of a medium, written in
    // quotation marks, is the channel of the words and no words of its own. French only:
    // English copy quotes the titles of shows and programs, which PolNeAR counts as quoted.
    if (lexicon_.french() && medium_title(quote))
        return true;
    size_t b = before(quote);
    if (b < view_.size() && (view_.token(b).folded() == u"," || view_.token(b).folded() == u":"))
        b = b > quote.sentence_first ? b - 1 : view_.size();
    const Token* t = b < view_.size() ? &view_.token(b) : nullptr;
    if (t && t->word && one_of(t->folded(), kNamingWords))
        return true;
    const size_t first = view_.token_from(quote.range.inner.start);
    const std::u16string_view inner = view_.doc().slice(quote.range.inner);
    // "ABC’s “Nightline”": a possessive before a capitalized title.
    if (t && t->folded() == u"s" && b > quote.sentence_first &&
        view_.token(b - 1).folded() == u"'" && first < view_.size() &&
        view_.token(first).capitalized && quote.word_count <= kMaxTitleWords && !inner.empty() &&
        !sentence_end(inner.back()))
        return true;
    if (!title_case(quote))
        return false;
    // A Title Case phrase someone is said to have said is a slogan or a nickname ("Trump
    // called him “Little Marco”"), unless a medium frames it: a type of medium before or
    // after it ("le journal américain «The …»", "“The Long Road” TV show"), or a medium's
    // preposition ("sur «Radio Côte Nord»", "on “The Late Hour”").
    if (!linked)
        return true;
    for (size_t back = 1; back <= kMaxFramingWords && quote.open >= quote.sentence_first + back;
         ++back) {
        const Token& w = view_.token(quote.open - back);
        if (back == 1 && one_of(w.folded(), kMediumPrepositions))
            return true;
        if (w.word && !w.capitalized && lexicon_.medium_word(w.folded()) != MediumWord::None &&
            lexicon_.medium_word(w.folded()) != MediumWord::Staff)
            return true;
    }
    return quote.close < quote.sentence_last && view_.token(quote.close).word &&
           lexicon_.medium_word(view_.token(quote.close).folded()) != MediumWord::None &&
           lexicon_.medium_word(view_.token(quote.close).folded()) != MediumWord::Staff;
}

bool QuoteLabelFilter::is_label(const QuoteCandidate& quote) const {
    if (quote.word_count == 0 || quote.word_count > kMaxTermWords)
        return false;
    const size_t first = view_.token_from(quote.range.inner.start);
    if (first >= view_.size() || view_.token(first).is(WordClass::kDeterminer))
        return false;
    const std::u16string_view inner = view_.doc().slice(quote.range.inner);
    if (inner.empty() || sentence_end(inner.back()))
        return false;
    const size_t b = before(quote);
    // In English "a “pause”" mostly quotes a word someone used: only the articles of a
    // group name count there ("the “blue hats”", "other “blue hats”").
    const bool article = b < view_.size() && view_.token(b).word &&
                         (lexicon_.french() ? one_of(view_.token(b).folded(), kLabelArticles)
                                            : one_of(view_.token(b).folded(), kModifierArticles));
    if (article && quote.repeats >= 2)
        return true;
    // "le «bonnet rouge» Paul Roy": a term between an article and a person's name labels that
    // person. English keeps such a term as a quotation, as PolNeAR's annotators do.
    if (lexicon_.french() && b < view_.size() && view_.token(b).word &&
        one_of(view_.token(b).folded(), kLabelArticles) && quote.close < view_.size() &&
        quote.close < quote.sentence_last)
        if (const IndexedMention* m = view_.mention_starting(view_.token(quote.close).span.start);
            m && view_.doc().entities[static_cast<size_t>(m->entity)].kind == EntityKind::Person)
            return true;
    // English modifier: "the “blue hat” protesters", "the coming “clean port” vote".
    if (lexicon_.french() || quote.close >= view_.size() || quote.close >= quote.sentence_last)
        return false;
    const Token& next = view_.token(quote.close);
    if (!next.word || next.capitalized || one_of(next.folded(), kNotANoun) ||
        next.is(WordClass::kPreposition | WordClass::kAuxiliary | WordClass::kDeterminer))
        return false;
    return b < view_.size() &&
           (one_of(view_.token(b).folded(), kModifierArticles) ||
            (b > quote.sentence_first && one_of(view_.token(b - 1).folded(), kModifierArticles)));
}

} // namespace whosaid::quotes
