// Table-driven cases for views given through a phrase that works like "selon" ("de l'aveu
// de", "aux dires de", "à en croire", "de l'avis des", "in the opinion of", "by the account
// of"), the article folded into its last word ("de l'aveu des gendarmes"), and for relative
// clauses, whose object is no inverted subject but whose antecedent speaks: past a relative
// after a speech verb ("réclamée par le procureur qui a comparé les faits de Lyon à «…»"), or
// after a verb whose subject is the relative ("l'avocate qui qualifiait la manifestation de
// «…»"). Every row was
// written for this table.
#include "quote_case_runner.h"
#include "recurring_people.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;
using namespace whosaid::testing::people;

namespace {

const EntityFixture kCole{"Ann Cole", EntityKind::Person, Gender::Feminine, {"Ann Cole"}};

const std::vector<QuoteCase> kFrench = {
    {"Les trois suspects ont été retrouvés en une heure. «Sans la moindre peine», de l'aveu "
     "même des gendarmes qui les ont arrêtés.",
     {},
     "Sans la moindre peine",
     "direct",
     "gendarmes",
     "de l'aveu même des",
     "",
     "fr.according-to"},
    {"La maire de Dinan reste discrète. «Rien n'est joué», aux dires de son entourage.",
     {},
     "Rien n'est joué",
     "direct",
     "son entourage",
     "aux dires de",
     "",
     "fr.according-to"},
    {"À en croire le capitaine Paul Roy, l'équipe ira «au bout de la saison».",
     {kRoy},
     "au bout de la saison",
     "partial",
     "Paul Roy",
     "À en croire",
     "",
     "fr.according-to"},
    {"Le conseil a voté le budget. De l'avis du maire, le projet reste «trop coûteux».",
     {},
     "trop coûteux",
     "partial",
     "maire",
     "De l'avis du",
     "",
     "fr.according-to"},
    // The article folds into any listed phrase ending with "de", not only the new ones.
    {"Le chantier a repris lundi. Aux yeux des enseignants, la réforme reste «un gâchis».",
     {},
     "un gâchis",
     "partial",
     "enseignants",
     "Aux yeux des",
     "",
     "fr.according-to"},
    // Past the relative, "les faits de Lyon" is what the prosecutor compared: no inverted
    // subject. The relative's antecedent speaks (restrictive_relative; these two rows were
    // unattributed before it, with the passive verb or the relative's verb as cue).
    {"La peine a été réclamée par le procureur qui a comparé les faits de Lyon à des «actes "
     "de guerre».",
     {},
     "actes de guerre",
     "partial",
     "le procureur",
     "",
     "",
     "fr.clause-subject"},
    // The verb's subject is the relative "qui", so "la manifestation" after it is its object,
    // never the speaker; the antecedent is.
    {"Une amende avait été demandée par l'avocate qui qualifiait la manifestation de "
     "«provocation pure».",
     {},
     "provocation pure",
     "partial",
     "l'avocate",
     "",
     "",
     "fr.clause-subject"},
};

const std::vector<QuoteCase> kEnglish = {
    {"In the opinion of Ann Cole, the plan is \"dead on arrival\".",
     {kCole},
     "dead on arrival",
     "partial",
     "Ann Cole",
     "In the opinion of",
     "",
     "en.according-to"},
    {"The ferry left late. By the account of a port official, the crossing was \"rough "
     "but safe\".",
     {},
     "rough but safe",
     "partial",
     "a port official",
     "By the account of",
     "",
     "en.according-to"},
};

} // namespace

TEST_CASE("French views given through a selon-like phrase", "[quotes][fr]") {
    run_quote_cases("fr", kFrench);
}

TEST_CASE("English views given through an according-to-like phrase", "[quotes][en]") {
    run_quote_cases("en", kEnglish);
}
