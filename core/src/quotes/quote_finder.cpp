#include "quotes/quote_finder.h"

#include "quotes/token_tests.h"

#include <algorithm>
#include <unordered_map>

namespace whosaid::quotes {

namespace {

constexpr int kShortQuoteWords = 3;
constexpr size_t kMaxCueToComplementizer = 8; // "a fait valoir au président qu'«…»"

bool is_sentence_end(char16_t c) {
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

} // namespace

namespace {

// Tokens before the opening mark and after the closing one that attribution rules read.
constexpr size_t kAttributionWindow = 160;

} // namespace

std::vector<QuoteCandidate> QuoteFinder::find(const std::vector<QuotedRange>& ranges) const {
    std::vector<QuoteCandidate> out;
    out.reserve(ranges.size());
    for (const QuotedRange& range : ranges) {
        QuoteCandidate quote;
        quote.range = range;
        quote.open = view_.token_from(range.marks.start);
        quote.close = view_.token_from(range.marks.end);
        std::tie(quote.sentence_first, quote.sentence_last) = view_.sentence_tokens(range.marks);
        // Attributions sit near their quotation; bounding the window keeps the rules linear
        // on a "sentence" of a million quotations (no punctuation to end it).
        quote.sentence_first =
            std::max(quote.sentence_first,
                     quote.open > kAttributionWindow ? quote.open - kAttributionWindow : 0);
        quote.sentence_last = std::min(quote.sentence_last, quote.close + kAttributionWindow);
        for (size_t i = view_.token_from(range.inner.start);
             i < view_.size() && view_.token(i).span.start < range.inner.end; ++i)
            quote.word_count += view_.token(i).word ? 1 : 0;
        out.push_back(quote);
    }
    // Quotations listed one after the other ("«Non!», «Jamais», «Dehors»"): slogans, chants.
    for (size_t i = 1; i < out.size(); ++i) {
        const size_t gap = out[i].open - std::min(out[i].open, out[i - 1].close);
        if (out[i - 1].close < out[i].open && gap == 1 &&
            view_.token(out[i - 1].close).folded() == u",")
            out[i - 1].listed = out[i].listed = true;
    }
    // Short terms quoted more than once: one count per term, in one pass.
    std::unordered_map<uint64_t, int> terms;
    std::vector<uint64_t> keys(out.size());
    for (size_t i = 0; i < out.size(); ++i) {
        keys[i] = labels_.term_key(out[i]);
        if (keys[i] != 0)
            ++terms[keys[i]];
    }
    for (size_t i = 0; i < out.size(); ++i)
        if (keys[i] != 0)
            out[i].repeats = terms[keys[i]];
    return out;
}

bool QuoteFinder::ends_sentence(const QuoteCandidate& quote) const {
    const std::u16string_view inner = view_.doc().slice(quote.range.inner);
    size_t last = inner.size();
    while (last > 0 && (inner[last - 1] == ')' || inner[last - 1] == ']' || inner[last - 1] == '"'))
        --last;
    return last > 0 && is_sentence_end(inner[last - 1]);
}

bool QuoteFinder::whole_sentence(const QuoteCandidate& quote) const {
    const std::u16string_view inner = view_.doc().slice(quote.range.inner);
    if (inner.empty())
        return false;
    size_t last = inner.size();
    while (last > 0 && (inner[last - 1] == ')' || inner[last - 1] == ']' || inner[last - 1] == '"'))
        --last;
    const size_t first_word = view_.token_from(quote.range.inner.start);
    const bool capital = first_word < view_.size() && view_.token(first_word).capitalized;
    return capital && last > 0 && is_sentence_end(inner[last - 1]);
}

QuoteKind QuoteFinder::kind(const QuoteCandidate& quote, size_t cue_end) const {
    if (quote.range.continues_previous || whole_sentence(quote))
        return QuoteKind::Direct;
    // The closest token before the opening mark in its sentence.
    size_t k = quote.open;
    while (k > quote.sentence_first) {
        const Token& t = view_.token(k - 1);
        // Dashes, a bracket, a stray apostrophe ("'"Nous…", a-t-il dit").
        if (!t.word && (is_dash(t) || t.folded() == u"(" ||
                        (t.folded() == u"'" && k - 1 == quote.sentence_first))) {
            --k;
            continue;
        }
        break;
    }
    if (k == quote.sentence_first)
        return QuoteKind::Direct;
    const Token& before = view_.token(k - 1);
    if (before.folded() == u":" || before.folded() == u",")
        return QuoteKind::Direct;
    const bool complementizer =
        before.folded() == u"que" || before.folded() == u"that" ||
        (before.folded() == u"'" && k >= 2 && view_.token(k - 2).folded() == u"qu");
    // "a estimé que «…»", "said \"…\"": the quotation is the verb's whole object.
    if (complementizer && cue_end > 0 && cue_end + kMaxCueToComplementizer >= k)
        return QuoteKind::Direct;
    if (cue_end == k && ends_sentence(quote))
        return QuoteKind::Direct;
    return QuoteKind::Partial;
}

bool QuoteFinder::is_speech(const QuoteCandidate& quote, bool attributed,
                            bool cue_in_sentence) const {
    if (labels_.is_name(quote, attributed && cue_in_sentence) || labels_.is_label(quote))
        return false;
    const bool sentence = whole_sentence(quote);
    // Words someone is said to have said are speech even after a title noun: "cette victoire
    // marque «un tournant pour nous», a-t-il dit".
    const bool spoken = attributed && cue_in_sentence && quote.word_count > kShortQuoteWords;
    // A name of a work, an operation or a movement: "l'opération «Barkhane»".
    for (size_t back = 1; back <= 3 && quote.open >= quote.sentence_first + back; ++back) {
        const Token& t = view_.token(quote.open - back);
        if (t.is(WordClass::kTitleNoun) && !sentence && !spoken)
            return false;
        // Only articles may stand between the noun and the mark ("le mouvement des", "l'"),
        // not a comma or a colon ("interrogée par le journal, «…»").
        if (!t.word && t.folded() != u"'")
            break;
        if (t.word && (!t.is(WordClass::kDeterminer) || t.folded() == u"de" || t.folded() == u"d"))
            break;
    }
    if (quote.word_count <= kShortQuoteWords && !sentence && !attributed && !cue_in_sentence &&
        !quote.listed)
        return false;
    return quote.word_count > 0;
}

} // namespace whosaid::quotes
