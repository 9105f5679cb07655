// Table-driven English cases for the families of quotations that used to get the wrong
// speaker (issue #15): words that run on from a mark, "for" after a quotation, possessors and
// names that modify a noun, coordinated verbs and participles sharing their clause's subject,
// embedded clauses, age descriptions. Each family has rows that must stay as they are. Every
// row was written for this table.
#include "quote_case_runner.h"
#include "quote_cast.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kVarga{
    "Lina Varga", EntityKind::Person, Gender::Feminine, {"Lina Varga", "Ms Varga", "Varga"}};
const EntityFixture kRenner{
    "Tomas Renner", EntityKind::Person, Gender::Masculine, {"Tomas Renner", "Renner"}};
const EntityFixture kHill{
    "Mark Hill", EntityKind::Person, Gender::Masculine, {"Mark Hill", "Hill"}};
const EntityFixture kSenatorHale{
    "Ruth Hale", EntityKind::Person, Gender::Feminine, {"Ruth Hale", "Hale", "senator"}};
const EntityFixture kCivic{
    "Civic Union", EntityKind::Organization, Gender::Unknown, {"Civic Union", "CU"}};

const std::vector<QuoteCase> kEnglish = {
    // Words that run on from a mark continue the writer's sentence.
    {"President Lina Varga urged the council to \"show restraint\" while her deputy Tomas Renner "
     "called the vote a farce.",
     {kVarga, kRenner},
     "show restraint",
     "partial",
     "Lina Varga",
     "urged",
     "",
     "en.partial-in-clause"},
    {"\"We will rebuild,\" Mark Hill said.",
     {kHill},
     "We will rebuild,",
     "direct",
     "Mark Hill",
     "said",
     "",
     "en.quote-then-subject-verb"},
    // A verb that opens a clause of its own, in a new clause or sentence, reports that one.
    {"Ms Varga said the plan would \"cost jobs\", and her colleague Tomas Renner pointed out "
     "that the budget was late.",
     {kVarga, kRenner},
     "cost jobs",
     "partial",
     "Lina Varga",
     "said",
     "",
     "en.partial-in-clause"},
    {"Varga said the deal could lead to another \"disaster.\" Renner has said that the deal is "
     "fair.",
     {kVarga, kRenner},
     "disaster.",
     "partial",
     "Lina Varga",
     "said",
     "",
     "en.partial-in-clause"},
    // "for X" after a quotation is no "according to" unless it closes the clause.
    {"Senator Ruth Hale said it was \"totally unfair\" for Renner to speak.",
     {kSenatorHale, kRenner},
     "totally unfair",
     "partial",
     "Ruth Hale",
     "said",
     "",
     "en.partial-in-clause"},
    {"The vote marks \"a turning point\" for the union, said Tomas Renner.",
     {kRenner},
     "a turning point",
     "partial",
     "Tomas Renner",
     "said",
     "",
     "en.reporting-clause-after"},
    // A possessor and a name modifying a noun are no subjects.
    {"An aide, speaking on condition of anonymity to discuss the senator's schedule, said that "
     "Hale \"will meet any candidate who asks.\"",
     {kSenatorHale},
     "will meet any candidate who asks.",
     "partial",
     "An aide",
     "said",
     "",
     "en.partial-in-clause"},
    {"Mark Hill, a pollster and a former Renner campaign adviser, told reporters the race was "
     "close: \"Nobody can call it yet.\"",
     {kHill, kRenner},
     "Nobody can call it yet.",
     "direct",
     "Mark Hill",
     "told",
     "",
     "en.speaker-then-verb"},
    {"In an essay for a weekly, the Civic Union (CU) leader, Ruth Hale, backed the plan, calling "
     "for a \"common budget\".",
     {kSenatorHale, kCivic},
     "common budget",
     "partial",
     "Ruth Hale",
     "",
     "",
     "en.clause-subject"},
    {"\"Vote for the whole list,\" said the printed Renner campaign card.",
     {kRenner},
     "Vote for the whole list,",
     "direct",
     "the printed Renner campaign card",
     "said",
     "",
     "en.quote-then-inverted-verb"},
    {"\"Turnout will decide it,\" Mark Hill of the pollsters Tomas Renner Research told "
     "reporters.",
     {kHill, kRenner},
     "Turnout will decide it,",
     "direct",
     "Mark Hill",
     "told",
     "",
     "en.quote-then-subject-verb"},
    {"\"Turnout will decide it,\" Hill's deputy Tomas Renner told reporters.",
     {kHill, kRenner},
     "Turnout will decide it,",
     "direct",
     "Tomas Renner",
     "told",
     "",
     "en.quote-then-subject-verb"},
    // A coordinated verb and a participle share the subject of their clause.
    {"Tomas Renner backed the plan on Tuesday. But he told reporters that he finds Hill "
     "\"reckless\" and said \"voters deserve better.\"",
     {kRenner, kHill},
     "voters deserve better.",
     "direct",
     "Tomas Renner",
     "said",
     "",
     "en.speaker-then-verb"},
    {"Former mayor Ruth Hale, who backs Renner, criticized Hill on the radio, calling it a "
     "\"no-brainer\" to cut the tax.",
     {kSenatorHale, kRenner, kHill},
     "no-brainer",
     "partial",
     "Ruth Hale",
     "calling",
     "",
     "en.partial-in-clause"},
    {"Hill has no say there, Renner added, saying the choice belongs \"to each county.\"",
     {kRenner, kHill},
     "to each county.",
     "partial",
     "Tomas Renner",
     "saying",
     "",
     "en.partial-in-clause"},
    // The subject of a verb inside "that …" follows "that".
    {"Witnesses saw a man holding a blade that the police described as a \"sword\".",
     {},
     "sword",
     "partial",
     "the police",
     "described",
     "",
     "en.partial-in-clause"},
    // ... but not a clause a speech verb reports, a few words before "that". (The cue was the
    // noun "remarks" until the verb reporting the clause became the cue: "told" speaks; since
    // a noun after a possessive is no cue, the quoted predicate is a partial quotation.)
    {"Senator Ruth Hale told reporters on Tuesday that Renner's remarks \"show contempt.\"",
     {kSenatorHale, kRenner},
     "show contempt.",
     "partial",
     "Ruth Hale",
     "told",
     "",
     "en.partial-in-clause"},
    // An age description stands for the person just named, never for one of another gender.
    {"Okafor ran the race in under three hours. \"I train three nights a week,\" said the "
     "41-year-old.",
     {kOkafor},
     "I train three nights a week,",
     "direct",
     "David Okafor",
     "said",
     "",
     "en.quote-then-inverted-verb"},
    {"Ruth Hale ran the race in under three hours. \"I train three nights a week,\" said the "
     "41-year-old man.",
     {kSenatorHale},
     "I train three nights a week,",
     "direct",
     "the 41-year-old man",
     "said",
     "",
     "en.quote-then-inverted-verb"},
    // A verb after "but" shares its clause's subject, as after "and", rather than the name
    // just before it.
    {"Lina Varga toured the plant on Monday. She defended the plan against attacks from Tomas "
     "Renner, but admitted \"one or two mistakes\" in its design.",
     {kVarga, kRenner},
     "one or two mistakes",
     "partial",
     "Lina Varga",
     "admitted",
     "",
     "en.partial-in-clause"},
    {"Mark Hill met Lina Varga on Friday but called the talks \"a waste of time.\"",
     {kHill, kVarga},
     "a waste of time.",
     "partial",
     "Mark Hill",
     "called",
     "",
     "en.partial-in-clause"},
    {"Tomas Renner backed the deal with the Civic Union, but conceded it was \"far from "
     "perfect.\"",
     {kRenner, kCivic},
     "far from perfect.",
     "partial",
     "Tomas Renner",
     "conceded",
     "",
     "en.partial-in-clause"},
    {"Mark Hill spoke first, but Lina Varga called the plan \"a disaster.\"",
     {kHill, kVarga},
     "a disaster.",
     "partial",
     "Lina Varga", // "but" before a subject of its own
     "called",
     "",
     "en.partial-in-clause"},
};

} // namespace

TEST_CASE("English families of wrong speakers", "[quotes][en]") {
    run_quote_cases("en", kEnglish);
}
