#include "quotes/party_label.h"

#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxStateTokens = 6; // "N", ".", "Y", "." of "R-N.Y." and a little slack

bool is_party_letter(const Token& t) {
    return t.word && t.capitalized && t.folded().size() == 1 &&
           (t.folded()[0] == u'r' || t.folded()[0] == u'd' || t.folded()[0] == u'i');
}

} // namespace

size_t party_label_end(const DocumentView& view, size_t i, size_t limit) {
    if (i + 2 >= limit)
        return i;
    const bool parenthesis = is_punct(view.token(i), u'(');
    if (!parenthesis && !is_punct(view.token(i), u','))
        return i;
    const char16_t closer = parenthesis ? u')' : u',';
    size_t j = i + 1;
    if (!is_party_letter(view.token(j)))
        return i;
    ++j;
    // "(R)": the party alone, only between parentheses.
    if (parenthesis && is_punct(view.token(j), u')'))
        return j + 1;
    if (!is_punct(view.token(j), u'-') || view.token(j).span.start != view.token(j - 1).span.end)
        return i;
    ++j;
    if (j >= limit || !view.token(j).word || !view.token(j).capitalized)
        return i;
    for (const size_t last = j + kMaxStateTokens; j < limit && j < last; ++j) {
        const Token& t = view.token(j);
        if (is_punct(t, closer))
            return parenthesis ? j + 1 : j;
        if (!t.word && !is_punct(t, u'.') && !is_punct(t, u'-'))
            return i;
    }
    return i;
}

} // namespace whosaid::quotes
