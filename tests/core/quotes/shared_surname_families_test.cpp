// Table-driven rows for a bare surname that several people of the article bear ("Roe said"
// after Jane and Tom Roe were named): it stands for the one the article is about, named at
// least three times and three times as often as each other bearer (SurnameSalience), at
// the start of a sentence too; else the bearer named last before it, unless another bearer
// is named in that same sentence ("Tom Roe spoke first, then Jane Roe"), which leaves it
// unattributed. Every row was written for this table, with invented names.
#include "quote_case_runner.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kJaneRoe{"Jane Roe", EntityKind::Person, Gender::Feminine, {"Jane Roe"}};
const EntityFixture kTomRoe{"Tom Roe", EntityKind::Person, Gender::Masculine, {"Tom Roe"}};
const EntityFixture kMarieDupont{
    "Marie Dupont", EntityKind::Person, Gender::Feminine, {"Marie Dupont"}};
const EntityFixture kJeanDupont{
    "Jean Dupont", EntityKind::Person, Gender::Masculine, {"Jean Dupont"}};

// Jane Roe named three times, her husband Tom Roe once, before the paragraph under test.
const std::string kRoes = "Tom Roe watched from the front row as Jane Roe opened her campaign "
                          "in Dayton. Jane Roe toured a plant. Jane Roe met nurses.\n\n";

} // namespace

TEST_CASE("a surname two people bear goes to the one the article is about", "[quotes][surnames]") {
    run_speaker_cases(
        "en", {
                  // Opening the sentence, other verbs and tenses.
                  {kRoes + "Roe said, \"We will carry this state.\"",
                   {kJaneRoe, kTomRoe},
                   "We will carry this state.",
                   "Jane Roe"},
                  {kRoes + "Roe says the tax plan \"will not survive the winter.\"",
                   {kJaneRoe, kTomRoe},
                   "will not survive the winter.",
                   "Jane Roe"},
                  {kRoes + "Roe has argued that the cuts are \"a gift to the few.\"",
                   {kJaneRoe, kTomRoe},
                   "a gift to the few.",
                   "Jane Roe"},
                  // After the quotation, the first-named bearer being the minor one.
                  {kRoes + "\"The polls are wrong,\" Roe told reporters.",
                   {kJaneRoe, kTomRoe},
                   "The polls are wrong,",
                   "Jane Roe"},
                  // Two bearers named as often: nobody can tell which one speaks.
                  {"Tom Roe and Jane Roe came to Dayton. Tom Roe spoke first, then Jane Roe.\n\n"
                   "Roe said, \"We will carry this state.\"",
                   {kJaneRoe, kTomRoe},
                   "We will carry this state.",
                   ""},
                  // No bearer stands above the others: the one named last, alone in her
                  // sentence, opening the sentence, inside it or after the quotation.
                  {"Tom Roe watched as Jane Roe opened her campaign. Jane Roe toured a plant.\n\n"
                   "Roe said, \"We will carry this state.\"",
                   {kJaneRoe, kTomRoe},
                   "We will carry this state.",
                   "Jane Roe"},
                  {"Tom Roe opened the rally in Dayton. Later, Jane Roe toured a plant.\n\n"
                   "Roe said, \"We will carry this state.\"",
                   {kJaneRoe, kTomRoe},
                   "We will carry this state.",
                   "Jane Roe"},
                  {"Jane Roe opened the rally in Dayton. Tom Roe toured a plant with workers.\n\n"
                   "At the end of the day, Roe said, \"We will carry this state.\"",
                   {kJaneRoe, kTomRoe},
                   "We will carry this state.",
                   "Tom Roe"},
                  {"Jane Roe opened the rally in Dayton. Tom Roe toured a plant.\n\n"
                   "\"The polls are wrong,\" Roe told reporters.",
                   {kJaneRoe, kTomRoe},
                   "The polls are wrong,",
                   "Tom Roe"},
              });
    run_speaker_cases(
        "fr",
        {
            {"Jean Dupont était au premier rang quand Marie Dupont a lancé sa campagne à Rennes. "
             "Marie Dupont a visité une usine. Marie Dupont a rencontré des infirmières.\n\n"
             "Dupont a affirmé : «Nous gagnerons cette région.»",
             {kMarieDupont, kJeanDupont},
             "Nous gagnerons cette région.",
             "Marie Dupont"},
            {"Marie Dupont a ouvert le meeting. Jean Dupont a ensuite visité une usine.\n\n"
             "Dupont a affirmé : «Nous gagnerons cette région.»",
             {kMarieDupont, kJeanDupont},
             "Nous gagnerons cette région.",
             "Jean Dupont"},
            {"Jean Dupont et Marie Dupont sont venus à Rennes. Jean Dupont a parlé, puis Marie "
             "Dupont.\n\nDupont a affirmé : «Nous gagnerons cette région.»",
             {kMarieDupont, kJeanDupont},
             "Nous gagnerons cette région.",
             ""},
        });
}
