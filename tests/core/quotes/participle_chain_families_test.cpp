// Table-driven rows for a chain of present participles ("A lawsuit was filed on Monday
// challenging the tax and alleging that officials used it as «…»"): when the speech
// participle before the last one has no subject of its own to read, the last one takes the
// subject of its clause rather than staying unattributed (SpeakerPhraseFinder::before).
// Rows that must stay as they are: a named subject, and a participle whose clause has no
// subject to read. Every row was written for this table, with invented names.
#include "quote_case_runner.h"
#include "recurring_people.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;
using namespace whosaid::testing::people;

TEST_CASE("a participle chain takes the subject of its clause", "[quotes][participles]") {
    run_speaker_cases(
        "en",
        {
            {"A federal lawsuit was filed on Monday challenging the city tax and alleging that "
             "officials used it as \"a slush fund.\"",
             {},
             "a slush fund.",
             "A federal lawsuit"},
            {"A petition was delivered on Friday criticizing the plan and warning that the "
             "park would be \"lost forever.\"",
             {},
             "lost forever.",
             "A petition"},
            {"A complaint was filed last week challenging the fee and claiming that the bank "
             "had acted \"in bad faith.\"",
             {},
             "in bad faith.",
             "A complaint"},
            // A named subject read through the passive keeps the quotation.
            {"Ray Lunt was asked about the strike, criticizing the union and saying the "
             "walkout was \"a betrayal.\"",
             {kLunt},
             "a betrayal.",
             "Ray Lunt"},
            // No subject to read: the quotation stays unattributed.
            {"Challenging the city tax and alleging that officials used it as \"a slush fund,\" "
             "the filing runs to forty pages.",
             {},
             "a slush fund,",
             ""},
        });
}
