// Table-driven rows for English "for X" before a quotation: like French "pour", it gives X's
// view only when it opens the clause and a comma closes X ("For the senator, the plan was
// "…"", "But for X, …"). Elsewhere it is a preposition of many uses ("telling holdouts for
// the senator that they were "…"", "fought for X and the deal was "…"") and names nobody.
// Every row was written for this table, with invented names.
#include "quote_case_runner.h"
#include "recurring_people.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;
using namespace whosaid::testing::people;

namespace {

const EntityFixture kOhio{"Ohio", EntityKind::Place, Gender::Unknown, {"Ohio"}};

} // namespace

TEST_CASE("English for gives a view only at a clause start", "[quotes][for-view]") {
    run_speaker_cases(
        "en",
        {
            {"The comic was booed after telling holdouts for the Ohio senator that they were "
             "\"being silly.\"",
             {kOhio},
             "being silly.",
             ""},
            {"The union fought for Ray Lunt and the deal was \"a mistake.\"",
             {kLunt},
             "a mistake.",
             ""},
            {"Tickets went on sale for Ann Dorsey on Monday and the show was \"sold out.\"",
             {kDorsey},
             "sold out.",
             ""},
            // A view opening the clause behind its comma still speaks.
            {"For the Ohio senator, the plan was \"a mistake.\"",
             {kOhio},
             "a mistake.",
             "the Ohio senator"},
            {"But for Ray Lunt, the plan was \"a mistake.\"", {kLunt}, "a mistake.", "Ray Lunt"},
        });
}
