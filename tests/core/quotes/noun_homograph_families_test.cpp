// Table-driven rows for English nouns spelled like speech verbs ("the state", "her
// claims", "in states", "the United States", "Secretary of State"): they report nobody's
// words, so the verb that does speaks (noun_homograph.*). Rows that must stay as they are:
// an infinitive ("to state"), a document or a person whose verb "states" or "claims"
// quotes it. French has no such rule: its determiners double as object pronouns ("les a
// qualifiés"). Every row was written for this table, with invented names.
#include "quote_case_runner.h"
#include "recurring_people.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;
using namespace whosaid::testing::people;

TEST_CASE("a noun spelled like a speech verb reports nobody's words", "[quotes][homographs]") {
    run_speaker_cases(
        "en", {
                  {"Ann Dorsey said Ray Lunt had pushed the secretary of state to be \"more "
                   "aggressive.\"",
                   {kLunt, kDorsey},
                   "more aggressive.",
                   "Ann Dorsey"},
                  // Rows that stay as they were: a noun after the verb that reports the clause,
                  // an infinitive, a subject before "states" or "claims".
                  {"Ray Lunt wrote that Ann Dorsey had toured the state in a bus \"painted like a "
                   "flag.\"",
                   {kLunt, kDorsey},
                   "painted like a flag.",
                   "Ray Lunt"},
                  {"Ann Dorsey told the crowd that Ray Lunt and his claims were \"a sideshow.\"",
                   {kLunt, kDorsey},
                   "a sideshow.",
                   "Ann Dorsey"},
                  {"Ray Lunt declined to state whether the plan was \"dead on arrival.\"",
                   {kLunt},
                   "dead on arrival.",
                   "Ray Lunt"},
                  {"Ann Dorsey claims the plan is \"dead on arrival.\"",
                   {kDorsey},
                   "dead on arrival.",
                   "Ann Dorsey"},
                  {"The report states that the tax is \"a burden on families.\"",
                   {},
                   "a burden on families.",
                   "The report"},
              });
}
