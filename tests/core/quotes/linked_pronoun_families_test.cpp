// Table-driven rows for a quotation in a clause that a linking word opens with a pronoun
// subject of its own ("…, although she still has «…»", "…, and he often mocks …", "«…,»
// says X, 41, but he was stunned when he read about the «…»"): the pronoun, the clause's subject,
// names the speaker, not the name of the clause before it, nor the cue whose words were the
// quotation next to it. Rows that must stay as they are: a cue whose complement holds the linked
// clause ("said he left because he was «…»"), a pronoun clause closed by a comma, a coordinated
// clause inside what a cue reports. English only: French has no such rows yet. Every row was
// written for this table, with invented names.
#include "quote_case_runner.h"
#include "recurring_people.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;
using namespace whosaid::testing::people;

namespace {

const EntityFixture kPark{"Jo Park", EntityKind::Person, Gender::Feminine, {"Jo Park"}};

const std::vector<SpeakerMentionCase> kEnglish = {
    // No cue before: the clause after the linking word has its own subject.
    {"Ann Dorsey backed the bill, although she still has \"serious doubts about the cost.\"",
     {kDorsey},
     "serious doubts about the cost.",
     "Ann Dorsey",
     "she"},
    {"Ray Lunt has toured every county in the state, and he often mocks his rivals for not "
     "campaigning \"the Ohio way.\"",
     {kLunt},
     "the Ohio way.",
     "Ray Lunt",
     "he"},
    {"Ray Lunt toured the plant on Monday when he named his deputy, calling Jo Park \"my "
     "partner in this fight.\"",
     {kLunt, kPark},
     "my partner in this fight.",
     "Ray Lunt",
     "he"},
    // The cue's words were the quotation next to it: its clause ended before "but".
    {"\"I back the union,\" says Ray Lunt, 41, of Akron, but he was stunned when he read about "
     "the \"pension loophole\" in the bill.",
     {kLunt},
     "pension loophole",
     "Ray Lunt",
     "he"},
    {"Ann Dorsey said both Lunt and Park are \"weak leaders,\" but she gave the mayor a rare "
     "compliment: \"He works harder than anyone I know.\"",
     {kDorsey},
     "He works harder than anyone I know.",
     "Ann Dorsey",
     "she"},
    // Keep: the cue reports the linked clause; a comma closes the pronoun's clause; "and"
    // inside what the cue reports.
    {"Ray Lunt said he left because he was \"tired of the fighting.\"",
     {kLunt},
     "tired of the fighting.",
     "Ray Lunt",
     "Ray Lunt"},
    {"Ann Dorsey said that when he arrived, the town was \"a complete mess.\"",
     {kDorsey},
     "a complete mess.",
     "Ann Dorsey",
     "Ann Dorsey"},
    {"Ann Dorsey said the mayor was \"a decent man\" and she would \"work with him.\"",
     {kDorsey},
     "work with him.",
     "Ann Dorsey",
     "Ann Dorsey"},
};

} // namespace

TEST_CASE("English linked clauses name their pronoun subject", "[quotes][en]") {
    run_speaker_mention_cases("en", kEnglish);
}
