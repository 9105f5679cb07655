// Table-driven rows for a surname spelled like an English auxiliary ("Owen Will"): written
// with its capital inside a sentence and before a lower-case word (", Will wrote"), it is the
// speaker, not the modal of a cue "will write". Sentence-initial questions, headlines and the
// lower-case modal keep their reading. Every row was written for this table, with invented
// names.
#include "quote_case_runner.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kOwenWill{
    "Owen Will", EntityKind::Person, Gender::Masculine, {"Owen Will", "Will"}};
const EntityFixture kDaleHobbs{
    "Dale Hobbs", EntityKind::Person, Gender::Masculine, {"Dale Hobbs", "Hobbs"}};

const std::string kFeud = "Columnist Owen Will renewed his feud with Dale Hobbs this week.\n\n";

} // namespace

TEST_CASE("a surname spelled like an auxiliary is the speaker", "[quotes][surnames]") {
    run_speaker_cases(
        "en", {
                  // After the quotation, other verbs and tenses.
                  {kFeud + "\"Voters deserve better,\" Will wrote.",
                   {kOwenWill, kDaleHobbs},
                   "Voters deserve better,",
                   "Owen Will"},
                  {kFeud + "Calling the plan a \"reckless gamble,\" Will urged voters to abandon "
                           "Hobbs.",
                   {kOwenWill, kDaleHobbs},
                   "reckless gamble,",
                   "Owen Will"},
                  {kFeud + "\"The party has lost its way,\" Will has argued for months.",
                   {kOwenWill, kDaleHobbs},
                   "The party has lost its way,",
                   "Owen Will"},
                  // The lower-case modal of the sentence's subject stays a cue.
                  {kFeud + "Hobbs will say the plan is \"dead on arrival.\"",
                   {kOwenWill, kDaleHobbs},
                   "dead on arrival.",
                   "Dale Hobbs"},
              });
}
