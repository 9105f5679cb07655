#include "quotes/embedding_report.h"

#include "quotes/report_aside.h"
#include "quotes/token_tests.h"

#include <algorithm>
#include <iterator>

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxAddressee = 4;    // "told NPR correspondent Jane Roe that"
constexpr size_t kMaxInnerSubject = 8; // "that the head of the union believes"
constexpr size_t kMaxBareSubject = 3;  // "said she thinks", "says the mayor believes"

bool conjunction_that(const Token& t) {
    return t.word && t.is(WordClass::kComplementizer);
}

// Whether tokens [from, to) are words only, none of them inside a quotation. The marks
// inside a name or a word may stand there: "the mayor's", "qu'il", "M. Roy", "Jean-Luc".
bool words_only(const DocumentView& view, size_t from, size_t to) {
    for (size_t k = from; k < to; ++k) {
        const Token& t = view.token(k);
        if (view.quote_of(k) >= 0 || (!t.word && !is_punct(t, u"'") && !is_punct(t, u"\u2019") &&
                                      !is_punct(t, u".") && !is_punct(t, u"-")))
            return false;
    }
    return true;
}

// Whether the clause running from token from to the inner verb at to is the complement of
// the verb ending at from.
bool reported_by(const DocumentView& view, size_t from, size_t to) {
    from = past_report_aside(view, from, to); // "said, however, that"
    for (size_t k = from; k < to && k <= from + kMaxAddressee; ++k) {
        if (conjunction_that(view.token(k)))
            return words_only(view, from, k) && k + 1 < to && to - (k + 1) <= kMaxInnerSubject &&
                   words_only(view, k + 1, to);
    }
    return to > from && to - from <= kMaxBareSubject && words_only(view, from, to);
}

} // namespace

std::optional<CueMatch> embedding_report(const DocumentView& view,
                                         const std::vector<CueMatch>& cues, const CueMatch& inner,
                                         size_t sentence_first) {
    // The cues come in text order: the last one ending before the inner cue, found by
    // bisection so that a paragraph of thousands of quotations stays linear.
    const auto after = std::partition_point(
        cues.begin(), cues.end(), [&inner](const CueMatch& cue) { return cue.end <= inner.first; });
    const CueMatch* outer = after != cues.begin() && std::prev(after)->first >= sentence_first
                                ? &*std::prev(after)
                                : nullptr;
    if (!outer || outer->preposition || outer->negated ||
        !reported_by(view, outer->end, inner.first))
        return std::nullopt;
    return *outer;
}

} // namespace whosaid::quotes
