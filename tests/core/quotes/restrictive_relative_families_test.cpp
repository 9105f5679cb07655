// Table-driven rows for a quotation inside a restrictive relative clause with a verb of its
// own and no speech verb ("réclamée par un procureur qui a comparé les faits à «…»"): the
// relative's antecedent speaks, not the main clause's subject, inside a "par" phrase or
// after "malgré", both genders. A row that must stay unattributed: the quoted words right
// after "qui" are the relative's own predicate, quoted by the writer. Every row was written
// for this table, with invented words.
#include "quote_case_runner.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

TEST_CASE("a French restrictive relative gives its antecedent the words", "[quotes][fr]") {
    run_speaker_cases(
        "fr", {
                  {"Une peine de prison a été requise par un procureur qui a comparé les faits à "
                   "« une chasse à l'homme ».",
                   {},
                   "une chasse à l'homme",
                   "un procureur"},
                  {"La hausse a été votée malgré une élue qui a qualifié le texte de « hold-up "
                   "fiscal ».",
                   {},
                   "hold-up fiscal",
                   "une élue"},
                  // Must stay unattributed.
                  {"Le maire veut rassembler les habitants qui « veulent que ça change ».",
                   {},
                   "veulent que ça change",
                   ""},
              });
}
