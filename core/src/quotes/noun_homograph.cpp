#include "quotes/noun_homograph.h"

#include "quotes/token_tests.h"
#include "quotes/word_class.h"

namespace whosaid::quotes {

namespace {

// Capitalized modifiers between a quantifier and the noun: "many Rust Belt states".
constexpr size_t kMaxModifiers = 2;
// Tokens looked back for a relative word moving the verb's subject away.
constexpr size_t kRelativeReach = 6;

// A finite auxiliary or copula: after a noun it starts the clause the noun is subject of.
bool finite_auxiliary(std::u16string_view w) {
    return one_of(w, {u"is", u"are", u"was", u"were", u"has", u"have", u"will", u"would", u"can",
                      u"could", u"should", u"may", u"might", u"must"});
}

// Whether a relative or interrogative word comes shortly before token k: its clause may
// have moved the verb's subject away ("which the agency estimates would cost", "what she
// claims is"), leaving the verb right before the auxiliary.
bool after_relative(const TokenList& tokens, size_t k) {
    for (size_t back = 1; back <= kRelativeReach && back <= k; ++back)
        if (one_of(tokens[k - back].folded(), {u"which", u"that", u"who", u"whom", u"what"}))
            return true;
    return false;
}

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

// A bare form after an article, a possessive, a determiner or a preposition, or capitalized
// inside a name: "the state", "Hale's remarks", "no reason", "in states", "United States".
bool determined_noun(const TokenList& tokens, const CueMatch& cue) {
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
    // "no reason", "every claim", "whose remarks": determiners that never stand alone as a
    // subject ("each said", "some argue", "another warned" do, and stay verbs).
    if (one_of(w, {u"the", u"a", u"an", u"his", u"her", u"their", u"its", u"my", u"our", u"your",
                   u"no", u"every", u"any", u"whose"}))
        return true;
    // A preposition in lower case: "From said" is a name.
    return !before.capitalized && one_of(w, {u"of", u"in", u"for", u"with", u"from", u"about",
                                             u"against", u"at", u"into"});
}

// A bare form that the next word or a plural quantifier gives away: "the swing state is",
// "many Asian states".
bool modified_noun(const TokenList& tokens, const CueMatch& cue) {
    if (cue.preposition || cue.first != cue.verb || cue.last != cue.verb || cue.pronoun)
        return false;
    const std::u16string_view verb = tokens[cue.verb].folded();
    if (verb.ends_with(u"ing") || verb.ends_with(u"ed"))
        return false;
    if (cue.end < tokens.size() && tokens[cue.end].word && !tokens[cue.end].capitalized &&
        finite_auxiliary(tokens[cue.end].folded()) && !after_relative(tokens, cue.verb))
        return true;
    if (!verb.ends_with(u's'))
        return false;
    size_t k = cue.verb;
    for (size_t skipped = 0;
         k > 0 && skipped < kMaxModifiers && tokens[k - 1].word && tokens[k - 1].capitalized &&
         !tokens[k - 1].is(WordClass::kPluralQuantifier);
         ++skipped)
        --k;
    return k > 0 && tokens[k - 1].word && tokens[k - 1].is(WordClass::kPluralQuantifier);
}

} // namespace

bool reads_as_noun(const TokenList& tokens, const CueMatch& cue) {
    return determined_noun(tokens, cue) || modified_noun(tokens, cue);
}

} // namespace whosaid::quotes
