// Table-driven rows for a name in apposition after a description whose complement ends with
// a surname reduced to its initial, as court reporting names defendants ("l'avocate de Karim
// B., Sophie Lenoir", "the lawyer for Karim B., Sophie Lane"): the period of the initial
// does not end the complement, so the name after the comma speaks, not the defendant nor
// a lawyer named elsewhere. Other verbs, both genders, an inserted date; a row that must
// stay: a subject before the verb (already read). Every
// row was written for this table, with invented names.
#include "quote_case_runner.h"
#include "recurring_people.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;
using namespace whosaid::testing::people;

namespace {

const EntityFixture kLenoir{
    "Sophie Lenoir", EntityKind::Person, Gender::Feminine, {"Sophie Lenoir"}};
const EntityFixture kOlivier{
    "Marc Olivier", EntityKind::Person, Gender::Masculine, {"Marc Olivier"}};
const EntityFixture kLambert{
    "Hervé Lambert", EntityKind::Person, Gender::Masculine, {"Hervé Lambert"}};
// The recognizer finds a defendant named by an initial as a person.
const EntityFixture kKarim{"Karim B.", EntityKind::Person, Gender::Masculine, {"Karim B."}};
const EntityFixture kNadia{"Nadia K.", EntityKind::Person, Gender::Feminine, {"Nadia K."}};
const EntityFixture kLane{"Sophie Lane", EntityKind::Person, Gender::Feminine, {"Sophie Lane"}};

} // namespace

TEST_CASE("a French apposition after a defendant's initial speaks", "[quotes][fr]") {
    run_speaker_mention_cases(
        "fr", {
                  {"La juge Anne Morel a ouvert l'audience. « Vous devez le juger sans passion », "
                   "plaide l'avocate de Karim B., Sophie Lenoir.",
                   {kMorel, kKarim, kLenoir},
                   "Vous devez le juger sans passion",
                   "Sophie Lenoir",
                   "Sophie Lenoir"},
                  {"« Il regrette », a déclaré l'avocat de Nadia K., Marc Olivier, à la sortie de "
                   "l'audience.",
                   {kNadia, kOlivier},
                   "Il regrette",
                   "Marc Olivier",
                   "Marc Olivier"},
                  {"« Elle regrette tout », a indiqué mardi la défense de Nadia K., Marc Olivier.",
                   {kNadia, kOlivier},
                   "Elle regrette tout",
                   "Marc Olivier",
                   "Marc Olivier"},
                  // Must stay: the subject before the verb.
                  {"L'avocat de Jean-Luc T., Hervé Lambert, a dénoncé « un dossier vide ».",
                   {kLambert},
                   "un dossier vide",
                   "Hervé Lambert",
                   "Hervé Lambert"},
              });
}

TEST_CASE("an English apposition after a defendant's initial speaks", "[quotes][en]") {
    run_speaker_mention_cases("en", {
                                        {"\"He never meant it,\" said the lawyer for Karim B., "
                                         "Sophie Lane.",
                                         {kKarim, kLane},
                                         "He never meant it,",
                                         "Sophie Lane",
                                         "Sophie Lane"},
                                    });
}
