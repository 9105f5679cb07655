// Table-driven rows for a reported clause whose speech verb is parted from "that"/"que" by
// an aside between commas ("said, however, that he hopes «…»", "told reporters, in a
// statement, that", "a affirmé, toutefois, qu'il pense que «…»"): the verb that reports the
// clause speaks, as it does with nothing in between (report_aside.*). Rows that must stay
// as they are: a long aside, and a comma that closes the first clause ("…, but X thinks
// «…»"). Every row was written for this table, with invented names.
#include "quote_case_runner.h"
#include "recurring_people.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;
using namespace whosaid::testing::people;

TEST_CASE("an aside between the speech verb and its reported clause", "[quotes][aside]") {
    run_speaker_mention_cases(
        "en", {
                  {"Ray Lunt said, however, that he hopes the talks will \"resume within days.\"",
                   {kLunt},
                   "resume within days.",
                   "Ray Lunt",
                   "Ray Lunt"},
                  {"Ann Dorsey told reporters, in a statement, that the mayor believes the plan is "
                   "\"dead on arrival.\"",
                   {kDorsey},
                   "dead on arrival.",
                   "Ann Dorsey",
                   "Ann Dorsey"},
                  {"Ray Lunt added, in turn, that the governor thinks the budget is \"out of "
                   "reach.\"",
                   {kLunt},
                   "out of reach.",
                   "Ray Lunt",
                   "Ray Lunt"},
                  {"Ann Dorsey has said, on Tuesday, she thinks the board was \"badly misled.\"",
                   {kDorsey},
                   "badly misled.",
                   "Ann Dorsey",
                   "Ann Dorsey"},
                  // A long aside: the clause is no longer read as the verb's complement.
                  {"Ray Lunt said, after a long night of talks with the union, that Ann Dorsey "
                   "believes the plan is \"dead on arrival.\"",
                   {kLunt, kDorsey},
                   "dead on arrival.",
                   "Ann Dorsey",
                   "Ann Dorsey"},
                  // The comma closes the first clause: the second subject speaks.
                  {"Ray Lunt said the vote was over, but Ann Dorsey thinks it is \"far from "
                   "settled.\"",
                   {kLunt, kDorsey},
                   "far from settled.",
                   "Ann Dorsey",
                   "Ann Dorsey"},
              });
    run_speaker_mention_cases(
        "fr",
        {
            {"Paul Roy a affirmé, toutefois, qu'il pense que le projet est «mort-né».",
             {kRoy},
             "mort-né",
             "Paul Roy",
             "Paul Roy"},
            {"Anne Morel a déclaré, de son côté, que le maire croit le budget «hors de portée».",
             {kMorel},
             "hors de portée",
             "Anne Morel",
             "Anne Morel"},
        });
}
