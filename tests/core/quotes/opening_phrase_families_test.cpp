// Table-driven rows for a phrase that opens the sentence before its subject: a present
// participle ("Speaking to Jo Park's Morning Show, …", "Filling in for …", "Campaigning
// alongside …") or a preposition ("Lors d'un débat où …"). The people of that phrase are
// its objects (the host, the addressee, the company), never the subject of the clause after
// its comma, which speaks, nor what a pronoun opening that clause stands for. Rows that must stay
// as they are: "For X, …" and "Pour X, …", the view of X, and openings whose people a preposition
// already governs. Every row was written for this table, with invented names.
#include "quote_case_runner.h"
#include "recurring_people.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;
using namespace whosaid::testing::people;

namespace {

const EntityFixture kPark{"Jo Park", EntityKind::Person, Gender::Feminine, {"Jo Park"}};
const EntityFixture kHale{"Tim Hale", EntityKind::Person, Gender::Masculine, {"Tim Hale"}};
const EntityFixture kMorningShow{
    "Morning Show", EntityKind::Organization, Gender::Unknown, {"Morning Show"}};
const EntityFixture kDubois{"Jean Dubois", EntityKind::Person, Gender::Masculine, {"Jean Dubois"}};
const EntityFixture kPelletier{
    "Marc Pelletier", EntityKind::Person, Gender::Masculine, {"Marc Pelletier"}};

const std::vector<SpeakerCase> kEnglish = {
    // A participle opening the sentence: its object, and a relative clause hanging on it,
    // come before the subject; a verb after "but" shares that subject.
    {"Speaking to Jo Park's Morning Show on Monday in Akron, which votes next month, Ray Lunt "
     "referred to the mayor as \"a decent and able man\" but described his record as \"a work "
     "in progress.\"",
     {kPark, kMorningShow, kLunt},
     "a work in progress.",
     "Ray Lunt"},
    {"Filling in for Ray Lunt at the town hall where Jo Park and Tim Hale appeared on Sunday, "
     "Ann Dorsey took a sharp dig at \"my good friend the governor.\"",
     {kLunt, kPark, kHale, kDorsey},
     "my good friend the governor.",
     "Ann Dorsey"},
    {"Campaigning in Ohio alongside Jo Park and Tim Hale on Monday, Ann Dorsey took aim at the "
     "\"reckless spending in Washington.\"",
     {kPark, kHale, kDorsey},
     "reckless spending in Washington.",
     "Ann Dorsey"},
    // Nor does a pronoun opening the clause after it stand for them: the host is not the
    // guest.
    {"Ray Lunt is running for the Senate. In an interview with radio host Tim Hale on Monday, "
     "he said the deal was \"dead on arrival in the House.\"",
     {kLunt, kHale},
     "dead on arrival in the House.",
     "Ray Lunt"},
    {"Ray Lunt is running for the Senate. Speaking to Tim Hale on Monday, he called the deal "
     "\"dead on arrival in the House.\"",
     {kLunt, kHale},
     "dead on arrival in the House.",
     "Ray Lunt"},
    {"Ann Dorsey wrote often to Jo Park. In her letters to Jo Park, she called her \"my oldest "
     "and dearest friend.\"",
     {kDorsey, kPark},
     "my oldest and dearest friend.",
     "Ann Dorsey"},
    // Keep: a pronoun after a plain sentence takes up its subject.
    {"Tim Hale met Ray Lunt on Monday. He said the deal was \"dead on arrival in the House.\"",
     {kLunt, kHale},
     "dead on arrival in the House.",
     "Tim Hale"},
    // Keep: the view of X; a host a preposition governs.
    {"For Ray Lunt, the plan is \"a betrayal of the town.\"",
     {kLunt},
     "a betrayal of the town.",
     "Ray Lunt"},
    {"Appearing on Channel Four with host Ray Lunt, Ann Dorsey called the bill \"a gift to the "
     "insurers.\"",
     {kLunt, kDorsey},
     "a gift to the insurers.",
     "Ann Dorsey"},
};

const std::vector<SpeakerCase> kFrench = {
    // A preposition opening the sentence, a relative clause naming people inside it.
    {"Lors d'un débat où Jean Dubois et Marc Pelletier étaient présents, Anne Morel a pris "
     "pour cible les «prétendus experts du ministère».",
     {kDubois, kPelletier, kMorel},
     "prétendus experts du ministère",
     "Anne Morel"},
    {"Paul Roy est candidat au Sénat. Lors d'un entretien avec Jean Dubois lundi, il a qualifié "
     "l'accord de «mort-né avant même le vote».",
     {kRoy, kDubois},
     "mort-né avant même le vote",
     "Paul Roy"},
    // Keep: "Pour X, …" is the view of X.
    {"Pour sa collègue Anne Morel, qui siège au conseil, le texte est «d'une gravité extrême».",
     {kMorel},
     "d'une gravité extrême",
     "Anne Morel"},
};

} // namespace

TEST_CASE("English opening phrases hold no subject", "[quotes][en]") {
    run_speaker_cases("en", kEnglish);
}

TEST_CASE("French opening phrases hold no subject", "[quotes][fr]") {
    run_speaker_cases("fr", kFrench);
}
