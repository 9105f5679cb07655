// Table-driven rows for a quotation after a present participle (", saying …", ", adding
// that …", ", en affirmant …"): the participle shares the subject of the clause it hangs
// on, and the noun phrase after it is its object or the subject of the clause it reports,
// never an inverted subject as after "said the mayor". When the main clause's subject is
// not read, the quotation stays unattributed rather than going to that noun phrase. Rows
// that must stay as they are: a named subject before the participle, an inverted subject
// after a finite verb, French participles. Every row was written for this table, with
// invented names.
#include "quote_case_runner.h"
#include "recurring_people.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;
using namespace whosaid::testing::people;

namespace {

const std::vector<QuoteCase> kEnglish = {
    // The reported clause's subject after the participle is nobody's inverted subject: the
    // description opening the main clause speaks (open_subject_families_test.cpp).
    {"The Oregon senator sought to calm his supporters, saying the protester would \"not get "
     "hurt\" at the rally.",
     {},
     "not get hurt",
     "partial",
     "The Oregon senator",
     "saying",
     "",
     "en.partial-in-clause"},
    {"The Ohio governor pressed ahead, adding the mayor's office had been \"asleep at the "
     "wheel.\"",
     {},
     "asleep at the wheel.",
     "partial",
     "The Ohio governor",
     "adding",
     "",
     "en.partial-in-clause"},
    // A named subject before the participle speaks, other verbs and genders.
    {"Ray Lunt criticized the plan on Monday, saying the mayor had been \"asleep at the "
     "wheel.\"",
     {kLunt},
     "asleep at the wheel.",
     "partial",
     "Ray Lunt",
     "saying",
     "",
     "en.partial-in-clause"},
    {"Ann Dorsey defended the budget on Friday, adding that the cuts were \"the best we could "
     "do.\"",
     {kDorsey},
     "the best we could do.",
     "partial",
     "Ann Dorsey",
     "adding",
     "",
     "en.partial-in-clause"},
    // A finite verb keeps its inverted subject.
    {"\"We will not back down,\" said Ann Dorsey.",
     {kDorsey},
     "We will not back down,",
     "direct",
     "Ann Dorsey",
     "said",
     "",
     "en.quote-then-inverted-verb"},
};

const std::vector<QuoteCase> kFrench = {
    // "en" and a participle share the subject before them.
    {"Paul Roy a répliqué mardi, en jugeant le maire «irresponsable».",
     {kRoy},
     "irresponsable",
     "partial",
     "Paul Roy",
     "a répliqué",
     "",
     "fr.partial-in-clause"},
    {"La militante de Brest a haussé le ton, en qualifiant le directeur de «menteur».",
     {},
     "menteur",
     "partial",
     "La militante de Brest",
     "qualifiant",
     "",
     "fr.partial-in-clause"},
    // A finite verb keeps its inverted subject.
    {"«Nous ne céderons pas», a déclaré Paul Roy.",
     {kRoy},
     "Nous ne céderons pas",
     "direct",
     "Paul Roy",
     "a déclaré",
     "",
     "fr.quote-then-inverted-verb"},
};

} // namespace

TEST_CASE("English participles share the subject before them", "[quotes][en]") {
    run_quote_cases("en", kEnglish);
}

TEST_CASE("French participles share the subject before them", "[quotes][fr]") {
    run_quote_cases("fr", kFrench);
}
