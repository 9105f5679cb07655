// Table-driven rows for a description that opens a clause right before its speech verb
// after a person was named earlier in the sentence ("After X left the stage, the students
// chanted «…»", "X was speaking as the heckler yelled: «…»", "…, et sa femme a murmuré :
// «…»"): the description speaks, anonymous as written; the person belongs to the clause
// before or is an object (adjacent_subject.*). Rows that must stay as they are: a description after
// the verb ("told the crowd"), an apposition between commas. Every row was written for this table,
// with invented names.
#include "quote_case_runner.h"
#include "recurring_people.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;
using namespace whosaid::testing::people;

TEST_CASE("a description before its verb speaks rather than a name before it",
          "[quotes][adjacent]") {
    run_speaker_cases(
        "en",
        {
            {"After Ray Lunt left the stage, the students chanted \"Go home, Lunt!\"",
             {kLunt},
             "Go home, Lunt!",
             "the students"},
            {"Ray Lunt was still speaking as the heckler yelled: \"Nobody believes you!\"",
             {kLunt},
             "Nobody believes you!",
             "the heckler"},
            {"As Ann Dorsey took the stage, the crowd chanted, \"Four more years!\"",
             {kDorsey},
             "Four more years!",
             "the crowd"},
            {"Ray Lunt thanked the nurses, and his wife whispered: \"They love you.\"",
             {kLunt},
             "They love you.",
             "his wife"},
            // The description is the object, or an apposition: the name speaks.
            {"Ray Lunt told the crowd: \"We will win.\"", {kLunt}, "We will win.", "Ray Lunt"},
            {"Ray Lunt, the former mayor, said: \"We will win again.\"",
             {kLunt},
             "We will win again.",
             "Ray Lunt"},
        });
    run_speaker_cases(
        "fr", {
                  {"Pendant que Paul Roy parlait, les manifestants ont scandé : «Démission !»",
                   {kRoy},
                   "Démission !",
                   "les manifestants"},
                  {"Paul Roy a salué les infirmières, et sa femme a murmuré : «Ils t'aiment.»",
                   {kRoy},
                   "Ils t'aiment.",
                   "sa femme"},
                  {"Paul Roy a dit à la foule : «Nous gagnerons.»",
                   {kRoy},
                   "Nous gagnerons.",
                   "Paul Roy"},
              });
}
