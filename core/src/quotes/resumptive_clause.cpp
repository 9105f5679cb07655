#include "quotes/resumptive_clause.h"

#include "quotes/token_tests.h"

#include <array>
#include <string_view>

namespace whosaid::quotes {

namespace {

// Folded words of a phrase, the apostrophe as its own token, ended by an empty word; the
// phrase ends before the reporting clause.
using Pattern = std::array<std::u16string_view, 8>;

const std::array<Pattern, 6> kFrench = {{
    {u"c", u"'", u"est", u"ainsi", u"que"},
    {u"c", u"'", u"est", u"en", u"ces", u"termes", u"que"},
    {u"c", u"'", u"est", u"par", u"ces", u"mots", u"que"},
    {u"c", u"'", u"est", u"ce", u"que"},
    {u"voila", u"ce", u"que"},
    {u"voila", u"comment"},
}};
const std::array<Pattern, 6> kEnglish = {{
    {u"that", u"is", u"how"},
    {u"that", u"is", u"what"},
    {u"that", u"'", u"s", u"how"},
    {u"that", u"'", u"s", u"what"},
    {u"this", u"is", u"how"},
    {u"this", u"is", u"what"},
}};

// The token after pattern when it is written at k, else k. French "que" also reads "qu'".
size_t after_pattern(const DocumentView& view, size_t k, size_t limit, const Pattern& pattern) {
    size_t j = k;
    for (const std::u16string_view word : pattern) {
        if (word.empty())
            break;
        if (j >= limit)
            return k;
        const Token& t = view.token(j);
        if (word == u"'") {
            if (!is_punct(t, u"'"))
                return k;
            ++j;
            continue;
        }
        if (word == u"que" && t.folded() == u"qu" && j + 1 < limit &&
            is_punct(view.token(j + 1), u"'")) {
            j += 2;
            continue;
        }
        if (!t.word || t.folded() != word)
            return k;
        ++j;
    }
    return j;
}

} // namespace

size_t resumptive_clause_start(const DocumentView& view, size_t k, size_t limit) {
    size_t at = k;
    if (at < limit && is_punct(view.token(at), u":"))
        ++at;
    if (at >= limit)
        return k;
    const auto& patterns = view.doc().language == "en" ? kEnglish : kFrench;
    for (const Pattern& pattern : patterns)
        if (const size_t end = after_pattern(view, at, limit, pattern); end > at)
            return end;
    return k;
}

} // namespace whosaid::quotes
