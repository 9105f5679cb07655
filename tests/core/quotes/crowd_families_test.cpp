// Table-driven cases for crowds, slogans and anonymous described speakers (issue #15, item
// 6): a march, a rally or a crowd speaks the slogans it chants or carries ("la manifestation
// a chanté : «…»", "about 300 demonstrators marched, chanting "…""), a crowd counted or
// approximated ("environ 300 manifestants", "some 2,000 strikers"), and rows that must stay
// unattributed (words read on a banner by nobody in particular). Every row was written for
// this table.
#include "quote_case_runner.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kLeroy{"Anne Leroy", EntityKind::Person, Gender::Feminine, {"Anne Leroy"}};
const EntityFixture kWalsh{"Tom Walsh", EntityKind::Person, Gender::Masculine, {"Tom Walsh"}};

} // namespace

TEST_CASE("a march or a crowd speaks the slogans it chants (French)", "[quotes][crowds]") {
    run_speaker_cases(
        "fr",
        {
            {"A Nantes, la manifestation a chanté plusieurs slogans : «Nous ne lâcherons rien», "
             "«Retrait, retrait».",
             {},
             "Retrait, retrait",
             "la manifestation"},
            {"Anne Leroy a ouvert la marche. A Nantes, la manifestation a entonné d'une seule voix "
             ": «On est là».",
             {kLeroy},
             "On est là",
             "la manifestation"},
            {"Le cortège chantait «Tous ensemble» en passant devant la mairie.",
             {},
             "Tous ensemble",
             "Le cortège"},
            {"Des centaines de grévistes ont défilé dans le centre, scandant «Pas un euro de "
             "moins».",
             {},
             "Pas un euro de moins",
             "Des centaines de grévistes"},
            {"Samedi, de nombreuses manifestantes brandissaient des pancartes, réclamant «la "
             "parité partout».",
             {},
             "la parité partout",
             "de nombreuses manifestantes"},
            {"Environ 300 manifestants ont dénoncé «une provocation».",
             {},
             "une provocation",
             "Environ 300 manifestants"},
            {"Près de 2.000 grévistes réclamaient «des garanties écrites».",
             {},
             "des garanties écrites",
             "Près de 2.000 grévistes"},
            {"Au moins 40 riverains jugent la mesure «démesurée».",
             {},
             "démesurée",
             "Au moins 40 riverains"},
            // Must stay unattributed: words read on a banner, nobody chanting them.
            {"«Halte aux fermetures», pouvait-on lire sur une banderole.",
             {},
             "Halte aux fermetures",
             ""},
            {"Sur les pancartes, on pouvait lire «Sauvez nos écoles».",
             {},
             "Sauvez nos écoles",
             ""},
        });
}

TEST_CASE("a march or a crowd speaks the slogans it chants (English)", "[quotes][crowds]") {
    run_speaker_cases(
        "en",
        {
            {"The demonstrators chanted \"No justice, no peace\" outside the courthouse.",
             {},
             "No justice, no peace",
             "The demonstrators"},
            {"Some 2,000 strikers sang \"We shall not be moved\" at the gates.",
             {},
             "We shall not be moved",
             "Some 2,000 strikers"},
            {"About 300 marchers filled the avenue. At least 50 attendees shouted \"Shame!\"",
             {},
             "Shame!",
             "At least 50 attendees"},
            {"Tom Walsh spoke first. The crowd chanted \"Four more years\" for an hour.",
             {kWalsh},
             "Four more years",
             "The crowd"},
            // A person counted as "a" is one person, not a crowd.
            {"A spectator shouted \"Go home!\" from the stands.", {}, "Go home!", "A spectator"},
            // Must stay unattributed: a count that is no group of people.
            {"About 40 pages of the file called the plan \"unworkable in practice.\"",
             {},
             "unworkable in practice.",
             ""},
        });
}

TEST_CASE("a crowd heard with no speech verb speaks as written", "[quotes][crowds]") {
    run_speaker_cases(
        "fr", {
                  {"Anne Leroy a pris la parole. «Démission !», pouvait-on entendre dans la foule.",
                   {kLeroy},
                   "Démission !",
                   "la foule"},
                  {"Anne Leroy a pris la parole. Des cris de «Menteuse !» ont fusé du cortège.",
                   {kLeroy},
                   "Menteuse !",
                   "cortège"},
                  {"Anne Leroy est arrivée. «Merci !», entendait-on parmi les manifestantes.",
                   {kLeroy},
                   "Merci !",
                   "les manifestantes"},
                  // Must stay unattributed: a place is no crowd.
                  {"Anne Leroy a pris la parole. «Démission !», pouvait-on entendre dans la rue.",
                   {kLeroy},
                   "Démission !",
                   ""},
              });
    run_speaker_cases(
        "en",
        {
            {"Tom Walsh asked for a vote. \"Hold the vote,\" came shouts from the crowd.",
             {kWalsh},
             "Hold the vote,",
             "the crowd"},
            {"Tom Walsh asked for a vote. Chants of \"Recount!\" rose from the audience.",
             {kWalsh},
             "Recount!",
             "the audience"},
            {"Tom Walsh left early. \"Come back,\" cries went up among the strikers.",
             {kWalsh},
             "Come back,",
             "the strikers"},
            // Must stay unattributed: an office is no crowd.
            {"Tom Walsh asked for a vote. \"Hold the vote,\" came shouts from the back office.",
             {kWalsh},
             "Hold the vote,",
             ""},
        });
}

TEST_CASE("a plural pronoun keeps the floor of the crowd it continues", "[quotes][crowds]") {
    // The crowd speaks, "ils"/"they" continues it three sentences later, and again three
    // sentences after that: each continuation keeps the floor for the next.
    run_speaker_cases(
        "fr",
        {
            {"Certains grévistes ont dénoncé «un mépris». Une prime a été proposée mardi. Le "
             "texte circule depuis lundi. Ils jugent la prime «dérisoire». La grève dure depuis "
             "dix jours. Les piquets restent en place. «Nous tiendrons», écrivent-ils.",
             {},
             "Nous tiendrons",
             "Certains grévistes"},
            // Must stay unattributed: too long after the crowd last spoke.
            {"Certains grévistes ont dénoncé «un mépris». Une prime a été proposée mardi. Le "
             "texte circule depuis lundi. La grève dure depuis dix jours. Les piquets restent en "
             "place. «Nous tiendrons», écrivent-ils.",
             {},
             "Nous tiendrons",
             ""},
        });
    run_speaker_cases(
        "en",
        {
            {"Some 200 strikers called the offer \"an insult.\" A bonus came on Monday. Talks "
             "resumed. They called the bonus \"a joke.\" The strike is in its tenth day. Pickets "
             "stood at the gates. \"We will hold,\" they said.",
             {},
             "We will hold,",
             "Some 200 strikers"},
        });
}

TEST_CASE("a description that gives only a gender stays anonymous", "[quotes][crowds]") {
    // "the man" after an unnamed protester spoke is no named person who held the floor.
    run_speaker_cases(
        "en",
        {
            {"\"We will be back,\" Tom Walsh said. One of the strikers said the march was calm. "
             "\"Nobody leads us,\" the man said.",
             {kWalsh},
             "Nobody leads us,",
             "the man"},
            {"\"We will be back,\" Tom Walsh said. \"Nobody leads us,\" the man added.",
             {kWalsh},
             "Nobody leads us,",
             "the man"},
        });
    run_speaker_cases(
        "fr", {
                  {"«Nous reviendrons», a dit Anne Leroy. «Personne ne nous dirige», a ajouté la "
                   "femme.",
                   {kLeroy},
                   "Personne ne nous dirige",
                   "la femme"},
                  {"«Nous reviendrons», a dit Anne Leroy. «Personne ne nous dirige», a ajouté la "
                   "jeune femme.",
                   {kLeroy},
                   "Personne ne nous dirige",
                   "la jeune femme"},
              });
}
