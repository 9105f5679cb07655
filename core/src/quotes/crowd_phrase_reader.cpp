#include "quotes/crowd_phrase_reader.h"

#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxQuotedName = 8; // tokens of "«gilets jaunes»", marks included

bool is_number(const Token& t) {
    if (!t.word)
        return false;
    const std::u16string_view w = t.folded();
    if (w.front() >= u'0' && w.front() <= u'9')
        return true;
    return one_of(w, {u"deux", u"trois", u"quatre", u"cinq", u"six", u"dix", u"vingt", u"cent",
                      u"cents", u"mille", u"two", u"three", u"four", u"five", u"ten", u"twenty",
                      u"hundred", u"thousand", u"a"});
}

// "de", "d'", "des", "of", "of the": what links a quantity to its noun.
size_t after_of(const DocumentView& view, size_t k, size_t limit) {
    if (k >= limit)
        return k;
    const std::u16string_view w = view.token(k).folded();
    if (one_of(w, {u"de", u"des", u"du"}))
        return k + 1;
    if (w == u"d" && k + 1 < limit && is_punct(view.token(k + 1), u"'"))
        return k + 2;
    if (w == u"of")
        return k + 1 < limit && view.token(k + 1).folded() == u"the" ? k + 2 : k + 1;
    return k;
}

} // namespace

size_t CrowdPhraseReader::counted_end(size_t i, size_t limit) const {
    size_t k = i;
    // "about 300", "some 40", "nearly 2,000", "environ 300", "quelque 40", "près de 200",
    // "au moins 50", "at least 50": an approximate count. A count opens with a digit or one
    // of these letters, or a number word (tested last): a cheap test first.
    const std::u16string_view w = view_.token(k).folded();
    if ((w.front() < u'0' || w.front() > u'9') &&
        std::u16string_view(u"anrsoeqpdtcfvmh").find(w.front()) == std::u16string_view::npos)
        return i;
    if (one_of(w, {u"about", u"around", u"nearly", u"almost", u"roughly", u"some", u"over",
                   u"environ", u"quelque", u"quelques", u"pres"}))
        ++k;
    else if (k + 1 < limit && one_of(w, {u"au", u"at"}) &&
             one_of(view_.token(k + 1).folded(), {u"moins", u"least"}))
        k += 2;
    if (k > i && k < limit && view_.token(k - 1).folded() == u"pres" &&
        one_of(view_.token(k).folded(), {u"de", u"d"}))
        k += view_.token(k).folded() == u"d" ? 2 : 1;
    // "a" counts in "a hundred", never alone: "a protester" is one person.
    if (k >= limit || !is_number(view_.token(k)) || view_.token(k).folded() == u"a")
        return i;
    // "two hundred", and "2,000" or "1.500" tokenized in pieces.
    while (k + 1 < limit) {
        if (is_number(view_.token(k + 1)) && view_.token(k + 1).folded() != u"a") {
            ++k;
        } else if (k + 2 < limit && !view_.token(k + 1).word &&
                   view_.token(k + 1).span.start == view_.token(k).span.end &&
                   view_.token(k + 2).span.start == view_.token(k + 1).span.end &&
                   is_number(view_.token(k + 2))) {
            k += 2;
        } else {
            break;
        }
    }
    const size_t of = after_of(view_, k + 1, limit);
    return of < limit ? of : i;
}

size_t CrowdPhraseReader::quantifier_end(size_t i, size_t limit) const {
    size_t k = i;
    if (k >= limit || !view_.token(k).word || view_.token(k).span.length() > 9)
        return i;
    // "300 manifestants", "about 50 protesters" (digits and approximations are rarer than
    // the words below, and read first).
    if (const size_t counted = counted_end(k, limit); counted > i)
        return counted;
    // Every quantifier word has 1 to 9 letters and starts with one of these: a cheap test
    // before the word lists, since every description asks.
    if (std::u16string_view(u"abcdfhlmnpqstu").find(view_.token(k).folded_units[0]) ==
        std::u16string_view::npos)
        return i;
    std::u16string_view w = view_.token(k).folded();
    // English quantifiers stand before the noun itself: "many protesters", "some residents".
    if (one_of(w, {u"many", u"some", u"several", u"most", u"numerous"})) {
        const size_t of = after_of(view_, k + 1, limit);
        return of < limit ? of : i;
    }
    // An article before a quantity noun: "une vingtaine de", "des dizaines de", "la plupart
    // des", "un grand nombre de", "a number of".
    if (one_of(w, {u"un", u"une", u"la", u"des", u"a", u"bon"}) && k + 1 < limit) {
        ++k;
        if (view_.token(k).folded() == u"grand" && k + 1 < limit)
            ++k;
        w = view_.token(k).folded();
        if (!one_of(w, {u"plupart", u"majorite", u"nombre", u"dizaine", u"dizaines", u"vingtaine",
                        u"trentaine", u"cinquantaine", u"centaine", u"centaines", u"millier",
                        u"milliers", u"partie", u"foule", u"number", u"group", u"crowd"}))
            return i;
    } else if (one_of(w, {u"plus", u"moins", u"more", u"fewer"})) {
        // "plus de 50 députés", "more than 200 doctors".
        size_t n = k + 1;
        if (n < limit && one_of(view_.token(n).folded(), {u"de", u"d", u"than"}))
            ++n;
        if (n < limit && is_punct(view_.token(n), u"'"))
            ++n;
        if (n >= limit || !is_number(view_.token(n)))
            return i;
        k = n;
        while (k + 1 < limit && is_number(view_.token(k + 1)))
            ++k;
        const size_t of = after_of(view_, k + 1, limit);
        return of < limit ? of : i;
    } else if (!one_of(w, {u"beaucoup", u"nombre", u"dozens", u"hundreds", u"thousands", u"scores",
                           u"plusieurs", u"certains", u"certaines", u"nombreux", u"nombreuses",
                           u"quelques"})) {
        return i;
    }
    if (one_of(w,
               {u"plusieurs", u"certains", u"certaines", u"quelques", u"nombreux", u"nombreuses"}))
        return k + 1 < limit ? k + 1 : i;
    const size_t of = after_of(view_, k + 1, limit);
    return of > k + 1 && of < limit ? of : i;
}

std::optional<size_t> CrowdPhraseReader::member_of(size_t i, size_t limit, bool& feminine) const {
    size_t k = i;
    if (k + 2 < limit && view_.token(k).folded() == u"l" && is_punct(view_.token(k + 1), u"'"))
        k += 2; // "l'un", "l'une"
    if (k >= limit || !one_of(view_.token(k).folded(), {u"un", u"une", u"one"}))
        return std::nullopt;
    feminine = view_.token(k).folded() == u"une";
    ++k;
    // "d'entre eux", "d'eux", "des manifestants", "de ces élus", "of them", "of the men".
    if (k + 1 < limit && view_.token(k).folded() == u"d" && is_punct(view_.token(k + 1), u"'")) {
        k += 2;
        if (k < limit && view_.token(k).folded() == u"entre")
            ++k;
    } else if (k < limit && one_of(view_.token(k).folded(), {u"des", u"de", u"of"})) {
        ++k;
    } else {
        return std::nullopt;
    }
    return k < limit ? std::optional<size_t>(k) : std::nullopt;
}

bool CrowdPhraseReader::group_pronoun(size_t i) const {
    return i < view_.size() &&
           one_of(view_.token(i).folded(), {u"eux", u"elles", u"nous", u"them", u"us", u"those"});
}

std::optional<SpeakerPhrase> CrowdPhraseReader::quoted_group(size_t i, size_t limit) const {
    // A mark right after one word: "certains «…»", "des «…»" (tested first: it is rare).
    const size_t open = i + 1;
    if (open >= limit || !view_.token(i).word || view_.token(open).word ||
        view_.quote_of(open) < 0 ||
        !one_of(view_.token(i).folded(),
                {u"des", u"les", u"ces", u"certains", u"certaines", u"plusieurs", u"quelques",
                 u"the", u"these", u"some", u"many"}))
        return std::nullopt;
    const int32_t quote = view_.quote_of(open);
    if (quote < 0)
        return std::nullopt;
    size_t close = open + 1;
    while (close < limit && close < open + kMaxQuotedName && view_.quote_of(close) == quote)
        ++close;
    // close is the token after the closing mark: the verb must follow at once.
    if (close >= limit || close == open + kMaxQuotedName || view_.quote_of(close) >= 0)
        return std::nullopt;
    const Token& verb = view_.token(close);
    if (!verb.word || !verb.is(WordClass::kAuxiliary | WordClass::kVerbStart | WordClass::kAdverb |
                               WordClass::kNegation))
        return std::nullopt;
    SpeakerPhrase phrase;
    phrase.kind = SpeakerPhrase::Kind::Description;
    phrase.mention = {view_.token(i).span.start, view_.token(close - 1).span.end};
    phrase.end = close;
    phrase.anonymous = true;
    phrase.plural = true;
    return phrase;
}

} // namespace whosaid::quotes
