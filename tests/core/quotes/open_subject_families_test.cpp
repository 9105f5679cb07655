// Table-driven rows for English subjects that the reader used to lose before a long
// predicate: a description running into its past verb ("The governor sought to calm the
// workers, …, saying …": the phrase is "The governor", not "The governor sought"), a place
// that only modifies a person's noun ("The Ohio governor said": the governor speaks, never
// Ohio), and a subject pronoun after a short fronted phrase ("Later, he …, saying …").
// Rows that must stay as they are: a participle opening the phrase ("the elected official"),
// a noun spelled "-ed" ("two hundred workers") and a place that is the subject itself.
// Every row was written for this table, with invented names.
#include "quote_case_runner.h"
#include "recurring_people.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;
using namespace whosaid::testing::people;

namespace {

const EntityFixture kOhio{"Ohio", EntityKind::Place, Gender::Unknown, {"Ohio"}};
const EntityFixture kTexas{"Texas", EntityKind::Place, Gender::Unknown, {"Texas"}};
const EntityFixture kSenatorDorsey{
    "Ann Dorsey", EntityKind::Person, Gender::Feminine, {"Ann Dorsey"}, {"senator"}};

} // namespace

TEST_CASE("a description ends before its past verb", "[quotes][open-subject]") {
    run_speaker_mention_cases(
        "en",
        {
            {"The governor sought to calm the workers and took questions, saying the plant "
             "would \"not close\" this year.",
             {},
             "not close",
             "The governor",
             "The governor"},
            {"One adviser inside the campaign tried to play down the remarks, saying they "
             "were \"not a big deal.\"",
             {},
             "not a big deal.",
             "One adviser inside the campaign",
             "One adviser inside the campaign"},
            {"The mayor's office shrugged off the report, telling reporters, \"Nobody here "
             "asked for it.\"",
             {},
             "Nobody here asked for it.",
             "The mayor's office",
             "The mayor's office"},
            {"A union organizer began by talking about wages, saying the offer was \"an "
             "insult.\"",
             {},
             "an insult.",
             "A union organizer",
             "A union organizer"},
            // A past verb after the phrase opens its predicate, even far from the cue, or a
            // participle modifying it ("the order released Friday said").
            {"The Ohio senator emailed supporters saying: \"The fight goes on\" and vowing to "
             "stay.",
             {kOhio},
             "The fight goes on",
             "The Ohio senator",
             "The Ohio senator"},
            {"The borough posted a notice on Tuesday saying the plan was \"far from "
             "settled.\"",
             {},
             "far from settled.",
             "The borough",
             "The borough"},
            {"The report \"is speculative at best,\" the order released Friday said.",
             {},
             "is speculative at best,",
             "the order",
             "the order"},
            // A participle opening the phrase and a noun spelled "-ed" stay in it.
            {"The elected official said the levy was \"too high.\"",
             {},
             "too high.",
             "The elected official",
             "The elected official"},
            {"Two hundred workers said the plant was \"their life.\"",
             {},
             "their life.",
             "Two hundred workers",
             "Two hundred workers"},
        });
}

TEST_CASE("a place modifying a person's noun does not speak", "[quotes][open-subject]") {
    run_speaker_mention_cases(
        "en",
        {
            {"The Ohio governor said the closure was \"a sad day.\"",
             {kOhio},
             "a sad day.",
             "The Ohio governor",
             "The Ohio governor"},
            {"The Ohio governor began by talking about jobs, saying the closure was \"a sad "
             "day.\"",
             {kOhio},
             "a sad day.",
             "The Ohio governor",
             "The Ohio governor"},
            {"A Texas oilman told reporters the tax was \"a disgrace.\"",
             {kTexas},
             "a disgrace.",
             "A Texas oilman",
             "A Texas oilman"},
            // A title after the place: the holder of the role speaks.
            {"Ann Dorsey spoke on Monday. \"The plant is closing,\" the independent Ohio senator "
             "and party candidate told reporters.",
             {kOhio, kSenatorDorsey},
             "The plant is closing,",
             "Ann Dorsey",
             "the independent Ohio senator"},
            {"The Texas legislature said the rule was \"unlawful.\"",
             {kTexas},
             "unlawful.",
             "The Texas legislature",
             "The Texas legislature"},
            // The place as the subject itself still speaks.
            {"Texas said the rule was \"unlawful.\"", {kTexas}, "unlawful.", "Texas", "Texas"},
        });
}

TEST_CASE("a subject pronoun after a fronted phrase", "[quotes][open-subject]") {
    run_speaker_mention_cases(
        "en",
        {
            {"Ray Lunt spoke first. Later, he sounded a note of humility, saying, \"I may not "
             "deserve it.\"",
             {kLunt},
             "I may not deserve it.",
             "Ray Lunt",
             "he"},
            {"Ann Dorsey spoke first. On Tuesday night, she struck a softer tone, saying the "
             "vote was \"a fair fight.\"",
             {kDorsey},
             "a fair fight.",
             "Ann Dorsey",
             "she"},
            // Nobody to resolve the pronoun to: unattributed.
            {"Later, he sounded a note of humility, saying, \"I may not deserve it.\"",
             {},
             "I may not deserve it.",
             "",
             ""},
        });
}
