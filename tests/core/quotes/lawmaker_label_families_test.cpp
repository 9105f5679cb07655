// Table-driven cases for how US copy names lawmakers (measured on PolNeAR's training
// split): an abbreviated title before the name ("Sen.", "Gov.", "Rep.") and a party-and-state
// label after it ("(D-Ohio)", "(R)", ", R-Ky.,"). The name speaks; neither the title nor the
// label is a speaker of its own. Every row was written for this table.
#include "quote_case_runner.h"
#include "quote_cast.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kHolt{"Anne Holt", EntityKind::Person, Gender::Feminine, {"Anne Holt", "Holt"}};
const EntityFixture kBrandt{
    "Paul Brandt", EntityKind::Person, Gender::Masculine, {"Paul Brandt", "Brandt"}};

// An abbreviated title before the name: the name after it speaks.
const std::vector<QuoteCase> kAbbreviatedTitleEn = {
    {"\"We will not back down from this fight,\" Sen. Anne Holt said on Tuesday.",
     {kHolt},
     "We will not back down from this fight,",
     "direct",
     "Anne Holt",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {"\"The budget is a mess from top to bottom,\" Gov. Paul Brandt told reporters.",
     {kBrandt},
     "The budget is a mess from top to bottom,",
     "direct",
     "Paul Brandt",
     "told",
     "",
     "en.quote-then-subject-verb"},
    {"\"It is a fair deal for the farmers,\" said Rep. Anne Holt after the vote.",
     {kHolt},
     "It is a fair deal for the farmers,",
     "direct",
     "Anne Holt",
     "said",
     "",
     "en.quote-then-inverted-verb"},
    {"\"We have done our part,\" Gen. Paul Brandt has said since the spring.",
     {kBrandt},
     "We have done our part,",
     "direct",
     "Paul Brandt",
     "has said",
     "",
     "en.quote-then-subject-verb"},
    // A full title is read as before.
    {"\"We will win this seat,\" Senator Anne Holt said on Monday.",
     {kHolt},
     "We will win this seat,",
     "direct",
     "Anne Holt",
     "said",
     "",
     "en.quote-then-subject-verb"},
};

// A party-and-state label after the name belongs to the speaker's phrase.
const std::vector<QuoteCase> kPartyLabelEn = {
    {"\"We will not back down,\" Sen. Anne Holt (D-Ohio) said Tuesday.",
     {kHolt},
     "We will not back down,",
     "direct",
     "Anne Holt",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {"\"It is a bad bill,\" Rep. Paul Brandt, R-Ky., said in a statement.",
     {kBrandt},
     "It is a bad bill,",
     "direct",
     "Paul Brandt",
     "said in a statement",
     "",
     "en.quote-then-subject-verb"},
    {"\"Nobody asked us,\" Brandt (R-N.Y.) told reporters after the hearing.",
     {kBrandt},
     "Nobody asked us,",
     "direct",
     "Paul Brandt",
     "told",
     "",
     "en.quote-then-subject-verb"},
    {"\"The plan is dead,\" Anne Holt (I) added.",
     {kHolt},
     "The plan is dead,",
     "direct",
     "Anne Holt",
     "added",
     "",
     "en.quote-then-subject-verb"},
    {"\"We are ready,\" Gov. Paul Brandt (R-Texas) had said a week earlier.",
     {kBrandt},
     "We are ready,",
     "direct",
     "Paul Brandt",
     "had said",
     "",
     "en.quote-then-subject-verb"},
    // A label followed by no speech verb gives nobody the words.
    {"Sen. Anne Holt (D-Ohio) voted against the bill on Tuesday. \"Nobody will ever trust this "
     "council again,\" the banner over the door read.",
     {kHolt},
     "Nobody will ever trust this council again,",
     "direct",
     "",
     "",
     "",
     ""},
};

} // namespace

TEST_CASE("An abbreviated title before a lawmaker's name is no speaker", "[quotes][families]") {
    run_quote_cases("en", kAbbreviatedTitleEn);
}

TEST_CASE("A party-and-state label after a lawmaker's name belongs to the speaker",
          "[quotes][families]") {
    run_quote_cases("en", kPartyLabelEn);
}
