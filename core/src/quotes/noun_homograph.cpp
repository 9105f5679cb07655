#include "quotes/noun_homograph.h"

#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

// Whether the apostrophe at token k marks a possessive glued to a name or a plural
// ("Hale's", "Rivers’"), not a contraction of a pronoun ("she's said" is "she has").
bool possessive_mark(const TokenList& tokens, size_t k) {
    if (k == 0 || !(is_punct(tokens[k], u"'") || is_punct(tokens[k], u"\u2019")))
        return false;
    const Token& owner = tokens[k - 1];
    return owner.word && owner.span.end == tokens[k].span.start &&
           !one_of(owner.folded(), {u"he", u"she", u"it", u"that", u"who", u"there", u"what",
                                    u"here", u"where", u"let"});
}

} // namespace

bool reads_as_noun(const TokenList& tokens, const CueMatch& cue) {
    if (cue.preposition || cue.first != cue.verb || cue.last != cue.verb || cue.pronoun ||
        cue.verb < 2)
        return false;
    const Token& verb = tokens[cue.verb];
    if (verb.folded().ends_with(u"ing"))
        return false;
    const Token& before = tokens[cue.verb - 1];
    if (!before.word) // "Rivers’ claims"
        return possessive_mark(tokens, cue.verb - 1);
    const std::u16string_view w = before.folded();
    if (w == u"s") // "Hale's remarks"
        return possessive_mark(tokens, cue.verb - 2);
    // "United States", "Secretary of State": a capital inside a name.
    if (verb.capitalized && (before.capitalized || w == u"of"))
        return true;
    if (one_of(w, {u"the", u"a", u"an", u"his", u"her", u"their", u"its", u"my", u"our", u"your"}))
        return true;
    // A preposition in lower case: "From said" is a name.
    return !before.capitalized && one_of(w, {u"of", u"in", u"for", u"with", u"from", u"about",
                                             u"against", u"at", u"into"});
}

} // namespace whosaid::quotes
