#pragma once

#include "actors/actor_lexicon.h"
#include "actors/token_stream.h"

#include <cstddef>
#include <string_view>

namespace whosaid::actors {

// The Dutch particles that English and French also write as ordinary words or punctuation:
// a preposition opening a run of particles ("Lotte in 't Hout", "Jan op de Beeck", "Piet
// uit den Bogaard") and the elided article "'t" ("van 't Hek", "'t Hooft"). They are
// particles only inside such a run, so they stay out of the particle lexicon, where every
// "in" would join the names around it ("Obama in Washington").
class ParticleRun {
public:
    // The prepositions that may open a run; ActorLexicon::classify gives their tokens
    // kRunPrepositionClass.
    static constexpr std::u16string_view kPrepositions[] = {u"in", u"op", u"uit", u"aan", u"auf"};

    // tokens must have their word classes (ActorLexicon::classify).
    explicit ParticleRun(const TokenStream& tokens) : tokens_(tokens) {}

    // Tokens of the elided article "'t" at i: 2 (the apostrophe and the "t"), or 0.
    size_t elided_article(size_t i) const;
    // Whether token i is a preposition that a Dutch article follows ("in 't", "op de",
    // "uit het"): the name's particles go on after it. "in" takes only "'t" and "het":
    // "in de Gaulle's view" is English. The class bit is tested first and inline: it rules
    // out almost every token at once, and the test runs for each word a name could reach.
    bool preposition_opens_run(size_t i) const {
        return tokens_.in_class(i, kRunPrepositionClass) && article_follows(i);
    }
    // Whether token i is a word of such a run (the preposition, the "t" of "'t"), which a
    // name's words leave out as they leave out "van" or "der".
    bool is_run_word(size_t i) const;

private:
    bool is_dutch_article(size_t i) const;
    // Whether the run preposition at i is followed by a Dutch article it takes.
    bool article_follows(size_t i) const;

    const TokenStream& tokens_;
};

} // namespace whosaid::actors
