// Table-driven cases for an office read whole (issue #15): a hyphenated role noun ("le
// porte-parole") and an office shared by several holders ("le co-porte-parole", "la
// coprésidente") take up the one person just named, as "le ministre"
// does, even when the quotation between holds several sentences of its own. Rows that must
// stay as written: a gender clash, two people named, a person whose role the article gave.
// Every row was written for this table.
#include "quote_case_runner.h"
#include "recurring_people.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;
using namespace whosaid::testing::people;

namespace {

const EntityFixture kMarchand{
    "Julien Marchand", EntityKind::Person, Gender::Masculine, {"Julien Marchand"}};
const EntityFixture kDubois{
    "Claire Dubois", EntityKind::Person, Gender::Feminine, {"Claire Dubois", "Mme Dubois"}};
const EntityFixture kLemaire{
    "Paul Lemaire", EntityKind::Person, Gender::Masculine, {"Paul Lemaire"}};
const EntityFixture kMayorFr{
    "Yann Le Goff", EntityKind::Person, Gender::Masculine, {"Yann Le Goff"}, {"maire de Plouay"}};
const EntityFixture kPrice{"Dana Price", EntityKind::Person, Gender::Feminine, {"Dana Price"}};
const EntityFixture kHollis{
    "Mark Hollis", EntityKind::Person, Gender::Masculine, {"Mark Hollis", "Hollis"}};
const EntityFixture kMayorEn{
    "Tom Beck", EntityKind::Person, Gender::Masculine, {"Tom Beck"}, {"mayor of Dover"}};

const std::vector<QuoteCase> kFrench = {
    // A shared office, hyphenated, after the person named in the sentence before.
    {"Le mouvement présentera des candidats partout, affirme Julien Marchand. «Nous ne "
     "lâcherons rien», a déclaré le co-porte-parole samedi à Lyon.",
     {kMarchand},
     "Nous ne lâcherons rien",
     "direct",
     "Julien Marchand",
     "a déclaré",
     "",
     "fr.quote-then-inverted-verb"},
    // The hyphenated office alone, feminine, another verb and tense.
    {"Claire Dubois a quitté la salle avant le vote. «Rien n'est réglé», avait ajouté la "
     "porte-parole.",
     {kDubois},
     "Rien n'est réglé",
     "direct",
     "Claire Dubois",
     "avait ajouté",
     "",
     "fr.quote-then-inverted-verb"},
    // The shared prefix glued to the noun.
    {"Anne Morel a présenté le budget mardi. «Il faudra des efforts», prévient la coprésidente.",
     {kMorel},
     "Il faudra des efforts",
     "direct",
     "Anne Morel",
     "prévient",
     "",
     "fr.quote-then-inverted-verb"},
    // Several quoted sentences stand between the name and the office: they name nobody.
    {"Paul Lemaire a pris la parole dimanche. «On nous dit pressés. On nous dit naïfs. On nous "
     "dit tout et son contraire. Nous avançons», a lancé le co-porte-parole.",
     {kLemaire},
     "On nous dit pressés. On nous dit naïfs. On nous dit tout et son contraire. Nous avançons",
     "direct",
     "Paul Lemaire",
     "a lancé",
     "",
     "fr.quote-then-inverted-verb"},
    // A gender clash: the spokeswoman is not the man just named.
    {"Le mouvement présentera des candidats partout, affirme Julien Marchand. «Nous ne "
     "lâcherons rien», a déclaré la co-porte-parole.",
     {kMarchand},
     "Nous ne lâcherons rien",
     "direct",
     "la co-porte-parole",
     "a déclaré",
     "",
     "fr.quote-then-inverted-verb"},
    // Two people named: the office may be either's, or a third's.
    {"Claire Dubois et Anne Morel ont quitté la salle. «Rien n'est réglé», a ajouté la "
     "porte-parole.",
     {kDubois, kMorel},
     "Rien n'est réglé",
     "direct",
     "la porte-parole",
     "a ajouté",
     "",
     "fr.quote-then-inverted-verb"},
    // A person the article gave another role is someone else's colleague.
    {"Le maire de Plouay, Yann Le Goff, a fermé la salle. «C'est une erreur», a estimé le "
     "co-porte-parole.",
     {kMayorFr},
     "C'est une erreur",
     "direct",
     "le co-porte-parole",
     "a estimé",
     "",
     "fr.quote-then-inverted-verb"},
};

const std::vector<QuoteCase> kEnglish = {
    {"Mark Hollis opened the congress on Friday. \"We will not back down,\" the spokesman "
     "said.",
     {kHollis},
     "We will not back down,",
     "direct",
     "Mark Hollis",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {"Dana Price left the room before the vote. \"Nothing is settled. Nothing at all. We will "
     "be back,\" the spokeswoman added.",
     {kPrice},
     "Nothing is settled. Nothing at all. We will be back,",
     "direct",
     "Dana Price",
     "added",
     "",
     "en.quote-then-subject-verb"},
    // A gender clash, and a person with another role, stay as written.
    {"Dana Price left the room before the vote. \"Nothing is settled,\" the spokesman said.",
     {kPrice},
     "Nothing is settled,",
     "direct",
     "the spokesman",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {"Dover mayor Tom Beck closed the pier. \"It is a mistake,\" the spokesman said.",
     {kMayorEn},
     "It is a mistake,",
     "direct",
     "the spokesman",
     "said",
     "",
     "en.quote-then-subject-verb"},
};

} // namespace

TEST_CASE("French offices read whole take up the person just named", "[quotes][fr]") {
    run_quote_cases("fr", kFrench);
}

TEST_CASE("English offices read whole take up the person just named", "[quotes][en]") {
    run_quote_cases("en", kEnglish);
}
