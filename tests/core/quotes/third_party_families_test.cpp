// Table-driven cases for the English constructions that fail most on third-party news
// (measured on PolNeAR's training split), with their French counterparts: a quotation
// inside a clause that another speech verb reports goes to the verb that reports it.
// Every row was written for this table.
#include "quote_case_runner.h"
#include "quote_cast.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kHolt{"Anne Holt", EntityKind::Person, Gender::Feminine, {"Anne Holt", "Holt"}};
const EntityFixture kBrandt{
    "Paul Brandt", EntityKind::Person, Gender::Masculine, {"Paul Brandt", "Brandt"}};
const EntityFixture kLedger{"Valley Ledger", EntityKind::Media, Gender::Unknown, {"Valley Ledger"}};
const EntityFixture kMercier{
    "Luc Mercier", EntityKind::Person, Gender::Masculine, {"Luc Mercier", "M. Mercier"}};

// The verb that reports a clause speaks for the quotation inside it.
const std::vector<QuoteCase> kEmbeddedEn = {
    {"Anne Holt told reporters that Brandt believes the plan is \"dead on arrival.\"",
     {kHolt, kBrandt},
     "dead on arrival.",
     "partial",
     "Anne Holt",
     "told",
     "",
     "en.partial-in-clause"},
    {"Paul Brandt says Holt hopes the vote will be \"a fresh start\" for the town.",
     {kHolt, kBrandt},
     "a fresh start",
     "partial",
     "Paul Brandt",
     "says",
     "",
     "en.partial-in-clause"},
    {"Holt had told the Valley Ledger that the mayor thinks the deal is \"a trap.\"",
     {kHolt, kLedger},
     "a trap.",
     "partial",
     "Anne Holt",
     "had told",
     "Valley Ledger",
     "en.partial-in-clause"},
    {"Brandt praised the crews, telling reporters that Holt feels the bridge is \"safe again.\"",
     {kHolt, kBrandt},
     "safe again.",
     "partial",
     "Paul Brandt",
     "telling",
     "",
     "en.partial-in-clause"},
    {"Holt said he thinks the plan is \"dead on arrival.\"",
     {kHolt, kBrandt},
     "dead on arrival.",
     "partial",
     "Anne Holt",
     "said",
     "",
     "en.partial-in-clause"},
    {"Holt went on to say the council was \"out of its depth.\"",
     {kHolt},
     "out of its depth.",
     "partial",
     "Anne Holt",
     "went on",
     "",
     "en.partial-in-clause"},
    // A verb that quotes words of its own subject keeps them: the one reporting it is no
    // speaker ("Y told an agent", "Y called it").
    {"Holt said Brandt told her that the chief thinks the fire was \"set on purpose.\"",
     {kHolt, kBrandt},
     "set on purpose.",
     "partial",
     "Paul Brandt",
     "told",
     "",
     "en.partial-in-clause"},
    {"Prosecutors say Brandt told an agent, \"I would do it again.\"",
     {kBrandt},
     "I would do it again.",
     "direct",
     "Paul Brandt",
     "told",
     "",
     "en.partial-in-clause"},
    // Punctuation or a long clause in between: two clauses, each with its own subject.
    {"Holt spoke first, and Brandt said the plan is \"a trap.\"",
     {kHolt, kBrandt},
     "a trap.",
     "partial",
     "Paul Brandt",
     "said",
     "",
     "en.partial-in-clause"},
    {"Holt said the report that the board published last May after months of hearings shows "
     "Brandt believes the plan is \"a trap.\"",
     {kHolt, kBrandt},
     "a trap.",
     "partial",
     "Paul Brandt",
     "believes",
     "",
     "en.partial-in-clause"},
};

const std::vector<QuoteCase> kEmbeddedFr = {
    {"Claire Dumas a affirmé à l'AFP que M. Mercier pense que le projet est «mort-né».",
     {kDumas, kMercier, kAFP},
     "mort-né",
     "partial",
     "Claire Dumas",
     "a affirmé",
     "AFP",
     "fr.partial-in-clause"},
    {"M. Mercier estime que Mme Dumas croit encore à un accord «possible».",
     {kDumas, kMercier},
     "possible",
     "partial",
     "Luc Mercier",
     "estime",
     "",
     "fr.partial-in-clause"},
    // A negated verb reports nothing.
    {"Mme Dumas n'a pas dit que M. Mercier pense que le projet est «mort-né».",
     {kDumas, kMercier},
     "mort-né",
     "partial",
     "Luc Mercier",
     "pense",
     "",
     "fr.partial-in-clause"},
};

// A quotation that ends with one nested in it closes its clause with the punctuation
// before the nested closing mark: the reporting clause after it speaks.
const std::vector<QuoteCase> kNestedEndEn = {
    {"\"He told us, 'Stay home tonight,'\" Holt said.",
     {kHolt},
     "He told us, 'Stay home tonight,'",
     "direct",
     "Anne Holt",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {"\u201cThen the chief shouted, \u2018Get out now!\u2019\u201d Brandt recalled.",
     {kBrandt},
     "Then the chief shouted, \u2018Get out now!\u2019",
     "direct",
     "Paul Brandt",
     "recalled",
     "",
     "en.quote-then-subject-verb"},
    {"\u201cShe kept saying, \u2018We will rebuild,\u2019\u201d a neighbour said on Friday.",
     {},
     "She kept saying, \u2018We will rebuild,\u2019",
     "direct",
     "a neighbour",
     "said",
     "",
     "en.quote-then-subject-verb"},
    // Without punctuation before the nested mark, the words still run on.
    {"For months the council called it the \"plan 'B'\" in its notes, Holt said.",
     {kHolt},
     "plan 'B'",
     "partial",
     "Anne Holt",
     "said",
     "",
     "en.reporting-clause-after"},
    {"Holt and Brandt met. Nobody on the council had read the \"draft of plan 'B'\" before "
     "the vote.",
     {kHolt, kBrandt},
     "draft of plan 'B'",
     "partial",
     "",
     "",
     "",
     ""},
};

} // namespace

TEST_CASE("A quotation ending with a nested one closes its clause", "[quotes][families]") {
    run_quote_cases("en", kNestedEndEn);
}

TEST_CASE("A quotation in a reported clause goes to the verb that reports it",
          "[quotes][families]") {
    run_quote_cases("en", kEmbeddedEn);
    run_quote_cases("fr", kEmbeddedFr);
}
