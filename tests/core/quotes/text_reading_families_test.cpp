// Table-driven rows for a written text that "reads" its words (text_reading_cue.*): the
// text is the speaker when it is the subject ("the email read", "the memo reads",
// "… ," read the statement"), the person who reads it out when it is the object ("read from
// a prepared statement"). "read" with no text beside it reports nobody's words. Every row was
// written for this table, with invented names.
#include "quote_case_runner.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kMarlow{"Tess Marlow", EntityKind::Person, Gender::Feminine, {"Tess Marlow"}};
const EntityFixture kBrandt{"Hugo Brandt", EntityKind::Person, Gender::Masculine, {"Hugo Brandt"}};

} // namespace

TEST_CASE("a written text reads its words", "[quotes][text-reading]") {
    run_speaker_mention_cases(
        "en",
        {
            {"\"Every county will get its fair share of the funds,\" read the statement.",
             {},
             "Every county will get its fair share of the funds,",
             "the statement",
             "the statement"},
            {"\"We are one win away from the nomination,\" reads the email, which went out to "
             "donors on Friday.",
             {},
             "We are one win away from the nomination,",
             "the email",
             "the email"},
            {"\"The mill stays open,\" the memo read.",
             {},
             "The mill stays open,",
             "the memo",
             "the memo"},
            {"The letter reads in part: \"We can no longer support this budget.\"",
             {},
             "We can no longer support this budget.",
             "The letter",
             "The letter"},
            // A sign that a participle or a relative describes: whoever holds it shows its words.
            {"Tess Marlow stood outside the clinic with a sign reading \"Keep our doors open.\"",
             {kMarlow},
             "Keep our doors open.",
             "Tess Marlow",
             "Tess Marlow"},
            {"Hugo Brandt waved a placard that read \"Hands off our pensions!\"",
             {kBrandt},
             "Hands off our pensions!",
             "Hugo Brandt",
             "Hugo Brandt"},
            {"Hugo Brandt read from a prepared statement: \"I regret the pain this has caused.\"",
             {kBrandt},
             "I regret the pain this has caused.",
             "Hugo Brandt",
             "Hugo Brandt"},
        });
}

TEST_CASE("read with no text beside it quotes nobody", "[quotes][text-reading]") {
    run_speaker_cases(
        "en", {
                  {"\"We will never give up the farm,\" Tess Marlow read aloud from the novel.",
                   {kMarlow},
                   "We will never give up the farm,",
                   ""},
                  {"\"We open at dawn,\" Hugo Brandt has read to the children each night.",
                   {kBrandt},
                   "We open at dawn,",
                   ""},
              });
}
