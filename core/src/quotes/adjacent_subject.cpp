#include "quotes/adjacent_subject.h"

#include "quotes/speaker_phrase_finder.h"
#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxDescription = 6; // "the Christie supporter from Dover retorted"

// Whether a clause may open at token k: the clause start, or after a comma or a word that
// joins clauses.
bool opens_clause(const DocumentView& view, size_t k, size_t clause_start) {
    if (k == clause_start)
        return true;
    const Token& before = view.token(k - 1);
    if (!before.word)
        return is_punct(before, u",") || is_punct(before, u":");
    // ", and his wife whispered", not "an expert and a former adviser told" (one apposition).
    if (one_of(before.folded(), {u"and", u"but", u"et", u"mais"}))
        return k >= 2 && is_punct(view.token(k - 2), u",");
    return one_of(before.folded(), {u"as", u"while", u"when", u"whereas", u"alors", u"tandis",
                                    u"quand", u"lorsque"});
}

// Whether the description at token k is in apposition to the name at named, the subject
// opening the clause ("Ray Lunt, the former mayor said"): it follows the name's comma.
bool apposition_of(const DocumentView& view, size_t k, Span named, size_t clause_start) {
    const size_t name_first = view.token_from(named.start);
    const size_t name_end = view.token_from(named.end);
    return name_end + 1 == k && is_punct(view.token(name_end), u",") &&
           name_first <= clause_start + 1;
}

} // namespace

std::optional<SpeakerPhrase> adjacent_subject(const SpeakerPhraseFinder& phrases,
                                              const DocumentView& view, size_t clause_start,
                                              size_t verb, Span named) {
    const size_t floor =
        verb > clause_start + kMaxDescription ? verb - kMaxDescription : clause_start;
    for (size_t k = floor; k + 1 < verb; ++k) {
        const Token& t = view.token(k);
        if (!t.word || !t.is(WordClass::kDeterminer) || view.quote_of(k) >= 0 ||
            t.span.start < named.end || !opens_clause(view, k, clause_start))
            continue;
        if (apposition_of(view, k, named, clause_start))
            return std::nullopt;
        auto described = phrases.subject_description(k, verb);
        // Someone other than the person just named: not that person taking the floor again.
        if (described && described->kind == SpeakerPhrase::Kind::Description) {
            described->definite_person = false;
            described->anonymous = true;
        }
        return described;
    }
    return std::nullopt;
}

} // namespace whosaid::quotes
