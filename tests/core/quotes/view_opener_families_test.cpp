// Table-driven rows for a narrative sentence opened by "Pour X," or "Selon X," between two
// quotations of one paragraph: X, whose view the sentence gives, takes the floor, so the
// quotation after it is X's and no continuation of the speaker before. Both preposition
// cues, a title or a description with the name, both genders. Rows that must stay a
// continuation: a pronoun object ("Selon lui,"), "Pour autant," (no one's view). Every row
// was written for this table, with invented names.
#include "quote_case_runner.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kGarnier{
    "Paul Garnier", EntityKind::Person, Gender::Masculine, {"Paul Garnier"}};
const EntityFixture kMarchetti{
    "Alice Marchetti", EntityKind::Person, Gender::Feminine, {"Alice Marchetti"}};
const EntityFixture kBrenet{
    "Louis Brenet", EntityKind::Person, Gender::Masculine, {"Louis Brenet"}};

} // namespace

TEST_CASE("a French sentence opened by pour or selon hands over the floor", "[quotes][fr]") {
    run_speaker_cases(
        "fr", {
                  {"« Nous sommes épuisés », a indiqué Paul Garnier, un agriculteur. Pour la "
                   "syndicaliste Alice Marchetti, la réforme a divisé les campagnes. « Personne "
                   "ne nous écoute. »",
                   {kGarnier, kMarchetti},
                   "Personne ne nous écoute.",
                   "Alice Marchetti"},
                  {"« Nous sommes épuisés », a indiqué Paul Garnier, un agriculteur. Selon la "
                   "maire Alice Marchetti, le village a tenu bon. « Nous reconstruirons tout. »",
                   {kGarnier, kMarchetti},
                   "Nous reconstruirons tout.",
                   "Alice Marchetti"},
                  {"« La digue a cédé vers minuit », a raconté Alice Marchetti. Pour Louis Brenet, "
                   "un voisin, les secours sont arrivés trop tard. « On a attendu des heures. »",
                   {kMarchetti, kBrenet},
                   "On a attendu des heures.",
                   "Louis Brenet"},
                  // Must stay a continuation.
                  {"« Nous sommes épuisés », a indiqué Paul Garnier, un agriculteur. Selon lui, "
                   "la réforme a divisé les campagnes. « Nous reconstruirons tout. »",
                   {kGarnier},
                   "Nous reconstruirons tout.",
                   "Paul Garnier"},
                  {"« Nous sommes épuisés », a indiqué Paul Garnier, un agriculteur. Pour "
                   "autant, la récolte a été sauvée. « Nous reconstruirons tout. »",
                   {kGarnier},
                   "Nous reconstruirons tout.",
                   "Paul Garnier"},
              });
}
