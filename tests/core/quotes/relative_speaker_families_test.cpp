// Table-driven rows for a speech verb whose subject is a relative pronoun ("X, who said
// "…"", "X, qui a jugé «…»"): the actor before the comma speaks, named where the
// attribution names it, at the relative pronoun. Also after a party label, "of" and a place,
// an apposition or a dash; with a verb group and a short phrase between the pronoun and the
// verb. Rows that must stay as they are: no comma before the relative, a description for
// antecedent, a passive verb. Every row was written for this table, with invented names.
#include "quote_case_runner.h"
#include "recurring_people.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;
using namespace whosaid::testing::people;

namespace {

const EntityFixture kVale{"Tom Vale", EntityKind::Person, Gender::Masculine, {"Tom Vale"}};
const EntityFixture kCole{"Mia Cole", EntityKind::Person, Gender::Feminine, {"Mia Cole"}};
const EntityFixture kMarsh{"Lena Marsh", EntityKind::Person, Gender::Feminine, {"Lena Marsh"}};
const EntityFixture kHaddad{"Omar Haddad", EntityKind::Person, Gender::Masculine, {"Omar Haddad"}};
const EntityFixture kGarnier{"Luc Garnier", EntityKind::Person, Gender::Masculine, {"Luc Garnier"}};
const EntityFixture kCgt{"CGT", EntityKind::Organization, Gender::Unknown, {"CGT", "la CGT"}};

} // namespace

TEST_CASE("an English relative who gives its antecedent the floor", "[quotes][en]") {
    run_speaker_mention_cases(
        "en", {
                  // The speaker named at the relative, other verbs and tenses.
                  {"Critics include Ray Lunt, who argued on Monday that the plan was \"dead on "
                   "arrival.\"",
                   {kLunt},
                   "dead on arrival.",
                   "Ray Lunt",
                   "who"},
                  {"The deal was signed by Mia Cole, who has called it \"a lifeline for the "
                   "port.\"",
                   {kCole},
                   "a lifeline for the port.",
                   "Mia Cole",
                   "who"},
                  // A short phrase between the relative and its verb, where no rule read
                  // the verb's subject.
                  {"The bill was backed by Tom Vale, who has in the past called it \"a "
                   "lifeline.\"",
                   {kVale},
                   "a lifeline.",
                   "Tom Vale",
                   "who"},
                  // A party label, "of" and a place, an apposition, a dash.
                  {"Critics include Sen. Ray Lunt (R-Ore.), who said the bill was \"a gift to "
                   "lobbyists.\"",
                   {kLunt},
                   "a gift to lobbyists.",
                   "Ray Lunt",
                   "who"},
                  {"Critics include Sen. Ray Lunt of Oregon, who warned that the plan was \"dead "
                   "on arrival.\"",
                   {kLunt},
                   "dead on arrival.",
                   "Ray Lunt",
                   "who"},
                  {"\"It will pass,\" said Ann Dorsey, the group's chief lobbyist, who added that "
                   "the vote was \"a formality.\"",
                   {kDorsey},
                   "a formality.",
                   "Ann Dorsey",
                   "who"},
                  {"Governor Mia Cole - who previously called the tax \"a scandal\" - signed it "
                   "on Friday.",
                   {kCole},
                   "a scandal",
                   "Mia Cole",
                   "who"},
                  // The main clause has a subject of its own: the relative's antecedent speaks.
                  {"On Monday, Lena Marsh won the backing of a rival, Omar Haddad, who declared "
                   "in a statement, \"It is time to unite.\"",
                   {kMarsh, kHaddad},
                   "It is time to unite.",
                   "Omar Haddad",
                   "who"},
                  // No comma: a restrictive relative is no link to a name.
                  {"Lena Marsh met voters who said the tax was \"far too high.\"",
                   {kMarsh},
                   "far too high.",
                   "Lena Marsh",
                   "Lena Marsh"},
                  // A relative after a name inside a quotation's own clause changes nothing.
                  {"Tom Vale said the mayor, who chairs the board, was \"out of touch.\"",
                   {kVale},
                   "out of touch.",
                   "Tom Vale",
                   "Tom Vale"},
              });
}

TEST_CASE("a French relative qui gives its antecedent the floor", "[quotes][fr]") {
    run_speaker_mention_cases(
        "fr", {
                  {"Le syndicat a reçu le soutien d'Anne Morel, qui a lancé : «Il faut tenir.»",
                   {kMorel},
                   "Il faut tenir.",
                   "Anne Morel",
                   "qui"},
                  {"La maire Anne Morel, qui avait jugé la réforme «injuste», a voté contre.",
                   {kMorel},
                   "injuste",
                   "Anne Morel",
                   "qui"},
                  // An object pronoun in the verb group.
                  {"Le projet a été soutenu par Anne Morel, qui l'a qualifié de «bon "
                   "compromis».",
                   {kMorel},
                   "bon compromis",
                   "Anne Morel",
                   "qui"},
                  // An organization may be the antecedent of "qui".
                  {"Le texte a été rejeté par la CGT, qui a dénoncé «un recul social».",
                   {kCgt},
                   "un recul social",
                   "CGT",
                   "qui"},
                  // The main clause's subject gives way to the antecedent of "qui".
                  {"Paul Roy a rencontré mardi son rival Luc Garnier, qui a affirmé que le "
                   "projet était «mort-né».",
                   {kRoy, kGarnier},
                   "mort-né",
                   "Luc Garnier",
                   "qui"},
                  // A passive verb: its agent speaks, not the antecedent.
                  {"La CGT, qui a été qualifiée d'«irresponsable» par Paul Roy, maintient la "
                   "grève.",
                   {kCgt, kRoy},
                   "irresponsable",
                   "Paul Roy",
                   "Paul Roy"},
              });
}
