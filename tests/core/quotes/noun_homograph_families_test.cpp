// Table-driven rows for English nouns spelled like speech verbs (noun_homograph.*): after an
// article, a possessive or a preposition ("the state", "her claims", "in states"), inside a
// name ("the United States", "Secretary of State"), or given away by a quantifier or the next
// word ("many Asian states", "most claims", "the swing state is", "her latest claim was").
// They report nobody's words, so the verb that does speaks. Rows that must stay as they are:
// an infinitive ("to state"), a document or a person whose verb "states" or "claims" quotes
// it, a relative clause moving the subject away ("which the agency estimates would"), a name
// after the verb ("said Will"). French has no such rule: its determiners double as object
// pronouns ("les a qualifiés"). Every row was written for this table, with invented names.
#include "quote_case_runner.h"
#include "recurring_people.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;
using namespace whosaid::testing::people;

namespace {

const EntityFixture kOkafor{"Lena Okafor", EntityKind::Person, Gender::Feminine, {"Lena Okafor"}};
const EntityFixture kPrice{"Dale Price", EntityKind::Person, Gender::Masculine, {"Dale Price"}};
const EntityFixture kWill{"Will Garner", EntityKind::Person, Gender::Masculine, {"Will Garner"}};

// Regions the recognizer may find inside the noun phrase, as it would in an article.
const EntityFixture kMidwest{"Midwest", EntityKind::Place, Gender::Unknown, {"Midwest"}};
const EntityFixture kPlains{"Plains", EntityKind::Place, Gender::Unknown, {"Plains"}};

} // namespace

TEST_CASE("a noun spelled like a speech verb reports nobody's words", "[quotes][homographs]") {
    run_speaker_cases(
        "en", {
                  {"Ann Dorsey said Ray Lunt had pushed the secretary of state to be \"more "
                   "aggressive.\"",
                   {kLunt, kDorsey},
                   "more aggressive.",
                   "Ann Dorsey"},
                  // A noun after an article, a possessive, a preposition or inside a name, in
                  // the clause of a person whose verb reports nothing.
                  {"Ann Dorsey said Ray Lunt had toured the state \"like a rock star.\"",
                   {kLunt, kDorsey},
                   "like a rock star.",
                   "Ann Dorsey"},
                  {"Lena Okafor said Dale Price had ignored Ray Lunt's remarks \"at every turn.\"",
                   {kPrice, kOkafor, kLunt},
                   "at every turn.",
                   "Lena Okafor"},
                  {"Ann Dorsey said Ray Lunt had campaigned in states \"that never vote for us.\"",
                   {kLunt, kDorsey},
                   "that never vote for us.",
                   "Ann Dorsey"},
                  {"Lena Okafor said Dale Price had met the Secretary of State \"in private.\"",
                   {kPrice, kOkafor},
                   "in private.",
                   "Lena Okafor"},
                  // "met" rather than "answered", now a verb of reply whose subject speaks.
                  {"Ann Dorsey said Ray Lunt had met the claims of the union \"with silence.\"",
                   {kLunt, kDorsey},
                   "with silence.",
                   "Ann Dorsey"},
                  // After a determiner that never stands alone: "no reason", "every claim".
                  {"Lena Okafor said Dale Price saw no reason \"to change course now.\"",
                   {kPrice, kOkafor},
                   "to change course now.",
                   "Lena Okafor"},
                  {"Ann Dorsey said Ray Lunt had met every claim \"with a shrug.\"",
                   {kLunt, kDorsey},
                   "with a shrug.",
                   "Ann Dorsey"},
                  {"Ann Dorsey said Ray Lunt had not seen any comment \"worth answering.\"",
                   {kLunt, kDorsey},
                   "worth answering.",
                   "Ann Dorsey"},
                  {"Lena Okafor said Dale Price, whose remarks drew boos, was \"out of touch.\"",
                   {kPrice, kOkafor},
                   "out of touch.",
                   "Lena Okafor"},
                  // A pronoun that stands alone speaks: "each said", "some argue".
                  {"Ann Dorsey and Ray Lunt each said the deal was \"a fair one.\"",
                   {kLunt, kDorsey},
                   "a fair one.",
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

TEST_CASE("a quantified or modified noun spelled like a speech verb reports nobody's words",
          "[quotes][homographs]") {
    run_speaker_cases(
        "en",
        {
            {"Lena Okafor argues many Midwest states have \"given up on rail.\"",
             {kOkafor, kMidwest},
             "given up on rail.",
             "Lena Okafor"},
            {"The union says several Rust Belt states are \"in play\" this fall.",
             {},
             "in play",
             "The union"},
            {"The governor believes both Plains states \"can grow faster.\"",
             {kPlains},
             "can grow faster.",
             "The governor"},
            {"Dale Price wonders which swing state is \"still up for grabs.\"",
             {kPrice},
             "still up for grabs.",
             "Dale Price"},
            {"Lena Okafor said trade deals with many Asian states had become \"a "
             "one-way street.\"",
             {kOkafor},
             "a one-way street.",
             "Lena Okafor"},
            {"Dale Price wrote that most Southern states were \"years behind on broadband.\"",
             {kPrice},
             "years behind on broadband.",
             "Dale Price"},
            {"Lena Okafor argued the swing state is \"ready for a change.\"",
             {kOkafor},
             "ready for a change.",
             "Lena Okafor"},
            {"Dale Price said several claims in the audit were \"plainly inflated.\"",
             {kPrice},
             "plainly inflated.",
             "Dale Price"},
            {"Lena Okafor told reporters her rival's latest claim was \"a stretch.\"",
             {kOkafor},
             "a stretch.",
             "Lena Okafor"},
            // The same nouns in the clause of a person whose verb reports nothing.
            {"Ann Dorsey said Ray Lunt thinks the swing state is \"already lost.\"",
             {kLunt, kDorsey},
             "already lost.",
             "Ann Dorsey"},
            {"Lena Okafor said Dale Price believes swing states are \"in play.\"",
             {kPrice, kOkafor},
             "in play.",
             "Lena Okafor"},
            {"Ann Dorsey said Ray Lunt had courted several states \"with cash.\"",
             {kLunt, kDorsey},
             "with cash.",
             "Ann Dorsey"},
            {"Lena Okafor said Dale Price had made many claims \"without evidence.\"",
             {kPrice, kOkafor},
             "without evidence.",
             "Lena Okafor"},
            {"Ann Dorsey said Ray Lunt had visited many Midwest states \"in a single week.\"",
             {kLunt, kDorsey, kMidwest},
             "in a single week.",
             "Ann Dorsey"},
            {"Lena Okafor said Dale Price had toured two states \"on a bus painted like a flag.\"",
             {kPrice, kOkafor},
             "on a bus painted like a flag.",
             "Lena Okafor"},
            // Rows that stay verbs.
            {"The plan, which the agency estimates would \"pay for itself,\" passed on "
             "Monday.",
             {},
             "pay for itself,",
             "the agency"},
            {"\"We will not raise fares this year,\" said Will Garner, the transit chief.",
             {kWill},
             "We will not raise fares this year,",
             "Will Garner"},
            {"Dale Price states the budget is \"balanced at last.\"",
             {kPrice},
             "balanced at last.",
             "Dale Price"},
        });
}
