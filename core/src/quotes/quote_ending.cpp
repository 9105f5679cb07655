#include "quotes/quote_ending.h"

#include "quotes/token_tests.h"

namespace whosaid::quotes {

std::u16string_view quote_ending(const DocumentView& view, const QuoteCandidate& quote) {
    std::u16string_view inner = view.doc().slice(quote.range.inner);
    // The closing mark of a nested quotation stands after the punctuation that ends the
    // outer one.
    while (!inner.empty() && (WordTokenizer::is_space(inner.back()) ||
                              one_of(inner.substr(inner.size() - 1),
                                     {u"\u2019", u"'", u"\u2018", u"\u203A", u"\"", u"\u201D"})))
        inner.remove_suffix(1);
    return inner;
}

bool quote_ends_sentence(const DocumentView& view, const QuoteCandidate& quote) {
    const std::u16string_view inner = quote_ending(view, quote);
    return !inner.empty() && (inner.back() == u'.' || inner.back() == u'!' ||
                              inner.back() == u'?' || inner.back() == u'\u2026');
}

bool quote_ends_clause(const DocumentView& view, const QuoteCandidate& quote) {
    const std::u16string_view inner = quote_ending(view, quote);
    return !inner.empty() &&
           one_of(inner.substr(inner.size() - 1), {u".", u"!", u"?", u"\u2026", u",", u";", u":"});
}

bool is_sentence_end(const Token& t) {
    // Punctuation tokens are one unit.
    return !t.word && (t.folded_units[0] == u'.' || t.folded_units[0] == u'!' ||
                       t.folded_units[0] == u'?' || t.folded_units[0] == u';');
}

} // namespace whosaid::quotes
