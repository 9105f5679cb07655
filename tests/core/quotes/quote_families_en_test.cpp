// Table-driven English cases for the attribution families of
// docs/attribution-constructions.md: a reporting clause further on in the sentence, speakers
// described by any noun, descriptions that refer back only by role, pronouns that prefer the
// subject. Every row was written for this table.
#include "quote_case_runner.h"
#include "quote_cast.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kHill{
    "Mark Hill", EntityKind::Person, Gender::Masculine, {"Mark Hill", "Hill"}};
const EntityFixture kRenner{
    "Tomas Renner", EntityKind::Person, Gender::Masculine, {"Tomas Renner", "Renner"}};

const std::vector<QuoteCase> kCases = {
    // A reporting clause closes the sentence, words between it and the quotation.
    {"The crash happened when a driver \"panicked\" and hit a barrier, Mark Hill, the prefect "
     "of the region, said on Monday.",
     {kHill},
     "panicked",
     "partial",
     "Mark Hill",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {"He is under investigation for \"forgery\" and fraud, the prosecutor's office said.",
     {},
     "forgery",
     "partial",
     "the prosecutor's office",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {"The plant was \"badly damaged\" overnight, said Okafor.",
     {kOkafor},
     "badly damaged",
     "partial",
     "David Okafor",
     "said",
     "",
     "en.reporting-clause-after"},
    // ... but never a clause that opens one of its own, nor the sentence after.
    {"The plant was \"badly damaged\" overnight, saying that the roof fell.",
     {},
     "badly damaged",
     "partial",
     "",
     "saying",
     "",
     ""},
    {"\"The plant is lost.\" The fire burned all night, Okafor said.",
     {kOkafor},
     "The plant is lost.",
     "direct",
     "",
     "",
     "",
     ""},
    // A noun phrase of any head before or after the verb speaks.
    {"\"We train three nights a week,\" the 41-year-old said.",
     {},
     "We train three nights a week,",
     "direct",
     "the 41-year-old",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {"\"I have never voted,\" one said.",
     {},
     "I have never voted,",
     "direct",
     "one",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {"\"Call the roll,\" another yelled.",
     {},
     "Call the roll,",
     "direct",
     "another",
     "yelled",
     "",
     "en.quote-then-subject-verb"},
    {"\"All clubs will be audited,\" said the league's treasurer.",
     {},
     "All clubs will be audited,",
     "direct",
     "the league's treasurer",
     "said",
     "",
     "en.quote-then-inverted-verb"},
    // A description refers back to a person only when that person holds the role.
    {"Okafor signed the plans in 2015. \"The foundations were never checked,\" the man said.",
     {kOkafor},
     "The foundations were never checked,",
     "direct",
     "the man",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {"Coach Tomas Renner left early. \"We were not ready,\" the coach said.",
     {kRenner},
     "We were not ready,",
     "direct",
     "Tomas Renner",
     "said",
     "",
     "en.quote-then-subject-verb"},
    // "he/she" prefers the subject of the sentence before to its object or a possessor.
    {"Okafor praised Tomas Renner on Monday. \"We are ready,\" he said.",
     {kOkafor, kRenner},
     "We are ready,",
     "direct",
     "David Okafor",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {"Asked about Renner's remarks, Okafor said the plan should wait. \"Most people agree,\" he "
     "added.",
     {kOkafor, kRenner},
     "Most people agree,",
     "direct",
     "David Okafor",
     "added",
     "",
     "en.quote-then-subject-verb"},
    {"Ruth Hale met Okafor in Lagos. \"It went well,\" he said.",
     {kHale, kOkafor},
     "It went well,",
     "direct",
     "David Okafor",
     "said",
     "",
     "en.quote-then-subject-verb"},
    // A sentence opened by "he/she" passes its referent on.
    {"Okafor left the room. He then met Tomas Renner. \"We will see,\" he said.",
     {kOkafor, kRenner},
     "We will see,",
     "direct",
     "David Okafor",
     "said",
     "",
     "en.quote-then-subject-verb"},
    // A name in apposition after a description and its complement.
    {"\"All is calm,\" said the head of operations for the port police, Tomas Renner.",
     {kRenner},
     "All is calm,",
     "direct",
     "Tomas Renner",
     "said",
     "",
     "en.apposition"},
    // A quotation standing alone after a sentence whose speech verb has a subject: that
    // subject holds the floor.
    {"Okafor told reporters that a meeting would be held on Thursday. \"Bring your banners.\"",
     {kOkafor},
     "Bring your banners.",
     "direct",
     "David Okafor",
     "told",
     "",
     "en.floor"},
    {"Okafor met the unions on Thursday. \"Nothing will be settled before summer.\"",
     {kOkafor},
     "Nothing will be settled before summer.",
     "direct",
     "",
     "",
     "",
     ""},
    // The sentence after a quotation never speaks for it.
    {"\"We leave tomorrow.\" According to Hale, the trip is set for noon.",
     {kHale},
     "We leave tomorrow.",
     "direct",
     "",
     "",
     "",
     ""},
    // A quotation no speech verb claims belongs to the subject of its clause.
    {"Okafor opened the congress. He wants to give the party \"a free hand, and fast.\"",
     {kOkafor},
     "a free hand, and fast.",
     "partial",
     "David Okafor",
     "",
     "",
     "en.clause-subject"},
    // ... never a possessor or a person governed by a preposition.
    {"Asked about Okafor's plan, the union stayed \"very cautious\" on Monday. \"All is "
     "ready.\"",
     {kOkafor},
     "All is ready.",
     "direct",
     "",
     "",
     "",
     ""},
    // New verbs.
    {"\"This is a scandal,\" Okafor fumed.",
     {kOkafor},
     "This is a scandal,",
     "direct",
     "David Okafor",
     "fumed",
     "",
     "en.quote-then-subject-verb"},
};

} // namespace

TEST_CASE("English attribution families", "[quotes][en]") {
    run_quote_cases("en", kCases);
}
