#include "quotes/comparative_clause.h"

#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

// The number of tokens of the clitic ending right before token end (le, la: 1; l': 2), or 0.
size_t clitic_before(const DocumentView& view, size_t end) {
    if (end >= 2 && is_punct(view.token(end - 1), u"'") && view.token(end - 2).folded() == u"l")
        return 2;
    if (end >= 1 && one_of(view.token(end - 1).folded(), {u"le", u"la"}))
        return 1;
    return 0;
}

// Whether the words ending right before token end open a comparative clause: "comme",
// "ainsi que", "tel que" (any gender and number).
bool comparative_before(const DocumentView& view, size_t end) {
    if (end == 0)
        return false;
    const std::u16string_view w = view.token(end - 1).folded();
    if (w == u"comme")
        return true;
    return end >= 2 && w == u"que" &&
           one_of(view.token(end - 2).folded(), {u"ainsi", u"tel", u"telle", u"tels", u"telles"});
}

} // namespace

bool opens_comparative(const DocumentView& view, const CueMatch& cue) {
    if (view.doc().language == "en" || cue.pronoun || cue.preposition)
        return false;
    const size_t clitic = clitic_before(view, cue.first);
    return clitic > 0 && comparative_before(view, cue.first - clitic);
}

size_t comparative_clause_start(const DocumentView& view, const CueFinder& cues, size_t k,
                                size_t limit) {
    if (view.doc().language == "en" || k >= limit)
        return k;
    size_t at = k;
    if (view.token(at).folded() == u"comme")
        at += 1;
    else if (at + 1 < limit && view.token(at + 1).folded() == u"que" &&
             one_of(view.token(at).folded(), {u"ainsi", u"tel", u"telle", u"tels", u"telles"}))
        at += 2;
    else
        return k;
    // "comme il l'a dit", "comme elle le répète": a subject pronoun, then the clitic.
    const bool pronoun =
        at < limit && one_of(view.token(at).folded(), {u"il", u"elle", u"ils", u"elles"});
    const size_t clitic_at = pronoun ? at + 1 : at;
    size_t verb = clitic_at;
    if (verb + 1 < limit && view.token(verb).folded() == u"l" &&
        is_punct(view.token(verb + 1), u"'"))
        verb += 2;
    else if (verb < limit && one_of(view.token(verb).folded(), {u"le", u"la"}))
        verb += 1;
    if (verb == clitic_at || !cues.at(view.tokens(), verb, limit))
        return k;
    return pronoun ? at : verb;
}

} // namespace whosaid::quotes
