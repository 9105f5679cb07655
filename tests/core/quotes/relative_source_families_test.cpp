// Table-driven cases for a view given through a relative after a preposition cue ("X, pour
// qui «…»", "X, selon qui", "X, according to whom"): the antecedent speaks, a person or a
// description, wherever the relative clause stands. Every row was written for this table.
#include "quote_case_runner.h"
#include "quote_cast.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kRoux{
    "Jean Roux", EntityKind::Person, Gender::Masculine, {"Jean Roux", "Roux"}};
const EntityFixture kVidal{
    "Claire Vidal", EntityKind::Person, Gender::Feminine, {"Claire Vidal", "Vidal"}};
const EntityFixture kCole{"Ann Cole", EntityKind::Person, Gender::Feminine, {"Ann Cole", "Cole"}};

const std::vector<QuoteCase> kFrench = {
    {"Le tribunal a suivi les réquisitions du procureur Jean Roux, pour qui les prévenus "
     "voulaient «en découdre» ce soir-là.",
     {kRoux},
     "en découdre",
     "partial",
     "Jean Roux",
     "pour",
     "",
     "fr.according-to"},
    {"Les élus ont écouté Claire Vidal, selon qui la réforme reste «une faute lourde».",
     {kVidal},
     "une faute lourde",
     "partial",
     "Claire Vidal",
     "selon",
     "",
     "fr.according-to"},
    {"La maire a reçu la directrice de l'école, d'après qui «rien ne justifie cette "
     "fermeture».",
     {},
     "rien ne justifie cette fermeture",
     "partial",
     "la directrice de l'école",
     "d'après",
     "",
     "fr.according-to"},
    {"Le juge a entendu Jean Roux, pour qui l'enquête a été menée «à charge», puis a levé "
     "la séance.",
     {kRoux},
     "à charge",
     "partial",
     "Jean Roux",
     "pour",
     "",
     "fr.according-to"},
    // Must stay unattributed: an interrogative "pour qui" has no antecedent.
    {"Reste à savoir pour qui la soirée sera «une réussite».",
     {},
     "une réussite",
     "partial",
     "",
     "pour",
     "",
     ""},
};

const std::vector<QuoteCase> kEnglish = {
    {"The court heard the prosecutor, Ann Cole, according to whom the men had \"planned every "
     "step\" of the attack.",
     {kCole},
     "planned every step",
     "partial",
     "Ann Cole",
     "according to",
     "",
     "en.according-to"},
};

} // namespace

TEST_CASE("French views given through a relative go to its antecedent",
          "[quotes][relative-source]") {
    run_quote_cases("fr", kFrench);
}

TEST_CASE("English views given through a relative go to its antecedent",
          "[quotes][relative-source]") {
    run_quote_cases("en", kEnglish);
}
