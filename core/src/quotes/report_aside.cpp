#include "quotes/report_aside.h"

#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxAddressee = 4;  // "told NPR correspondent Jane Roe, …"
constexpr size_t kMaxAsideWords = 4; // ", in a written statement,"

// The comma ending the words from token from (at most limit_words of them, none quoted), or
// from when there is none.
size_t comma_after_words(const DocumentView& view, size_t from, size_t to, size_t limit_words) {
    for (size_t k = from; k < to && k <= from + limit_words; ++k) {
        const Token& t = view.token(k);
        if (is_punct(t, u","))
            return k;
        if (!t.word || view.quote_of(k) >= 0)
            return from;
    }
    return from;
}

} // namespace

size_t past_report_aside(const DocumentView& view, size_t from, size_t to) {
    const size_t open = comma_after_words(view, from, to, kMaxAddressee);
    if (open >= to || !is_punct(view.token(open), u","))
        return from;
    const size_t close = comma_after_words(view, open + 1, to, kMaxAsideWords);
    if (close == open + 1 || close + 1 >= to || !is_punct(view.token(close), u","))
        return from;
    return close + 1;
}

} // namespace whosaid::quotes
