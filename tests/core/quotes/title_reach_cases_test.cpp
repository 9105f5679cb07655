// Table-driven cases for a title written beside a name, asked about by several descriptions of
// one article: RoleMatcher reads the words around each name once and answers every later
// description from them, so a description whose noun stands beside the name takes the name up,
// and one whose noun does not, asked about the same name, stays as written ("Le maire Paul Roy
// … a dit la ministre … a ajouté le maire"). Every row was written for this table.
#include "quote_case_runner.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kRoy{"Paul Roy", EntityKind::Person, Gender::Masculine, {"Paul Roy", "M. Roy"}};
const EntityFixture kCorley{"Dan Corley", EntityKind::Person, Gender::Masculine, {"Dan Corley"}};

const std::vector<QuoteCase> kFrench = {
    // The first description's noun is not beside the name, the second's is.
    {"Le maire Paul Roy a reçu les pêcheurs lundi. «Le port restera ouvert», a dit la ministre. "
     "«Nous paierons les dégâts», a ajouté le maire.",
     {kRoy},
     "Nous paierons les dégâts",
     "direct",
     "Paul Roy",
     "a ajouté",
     "",
     "fr.quote-then-inverted-verb"},
    // The other way round: the name's title does not make another noun his.
    {"Paul Roy, le maire, a reçu les pêcheurs lundi. «Le port restera ouvert», a dit le maire. "
     "«Nous paierons les dégâts», a ajouté la ministre.",
     {kRoy},
     "Nous paierons les dégâts",
     "direct",
     "la ministre",
     "a ajouté",
     "",
     "fr.quote-then-inverted-verb"},
};

const std::vector<QuoteCase> kEnglish = {
    {"Coach Dan Corley met the players on Monday. \"We will be back,\" the spokeswoman said. "
     "\"The season is not over,\" the coach added.",
     {kCorley},
     "The season is not over,",
     "direct",
     "Dan Corley",
     "added",
     "",
     "en.quote-then-subject-verb"},
    {"Dan Corley, the coach, met the players on Monday. \"We will be back,\" the coach said. "
     "\"The season is not over,\" the spokeswoman added.",
     {kCorley},
     "The season is not over,",
     "direct",
     "the spokeswoman",
     "added",
     "",
     "en.quote-then-subject-verb"},
};

} // namespace

TEST_CASE("French titles beside a name, asked about by several descriptions", "[quotes][fr]") {
    run_quote_cases("fr", kFrench);
}

TEST_CASE("English titles beside a name, asked about by several descriptions", "[quotes][en]") {
    run_quote_cases("en", kEnglish);
}
