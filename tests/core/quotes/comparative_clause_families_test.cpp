// Table-driven rows for a speech verb in a comparative clause ("comme l'explique X", "comme
// le souligne X", "ainsi que l'a rappelé X", "tel que l'a raconté X"): the clitic stands for
// the words, so the subject comes after the verb; the subject of the main clause before it
// does not speak them. The clause stands before the quotation, after it, or announces the
// next paragraph. English counterparts ("as X explained"). Rows that must stay as they are:
// "comme" before a subject ("comme le maire l'a dit"), a clitic with no "comme" ("X l'a
// dit"), an inverted pronoun. Every row was written for this table, with invented names.
#include "quote_case_runner.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kBrunel{"Odile Brunel", EntityKind::Person, Gender::Feminine, {"Odile Brunel"}};
const EntityFixture kFauvel{
    "Gilles Fauvel", EntityKind::Person, Gender::Masculine, {"Gilles Fauvel"}};
const EntityFixture kTessier{
    "Marc Tessier", EntityKind::Person, Gender::Masculine, {"Marc Tessier"}};
const EntityFixture kMairie{
    "mairie de Plouvern", EntityKind::Organization, Gender::Unknown, {"mairie de Plouvern"}};
const EntityFixture kHale{"Nora Hale", EntityKind::Person, Gender::Feminine, {"Nora Hale"}};
const EntityFixture kPrice{"Dan Price", EntityKind::Person, Gender::Masculine, {"Dan Price"}};

} // namespace

TEST_CASE("a French comparative clause names its speaker after its verb", "[quotes][fr]") {
    run_speaker_cases(
        "fr",
        {
            // Before the quotation, after a main clause whose subject is a person or an
            // organization: present, compound past, other verbs.
            {"Le maire Gilles Fauvel reste prudent, comme le rappelle la géologue Odile Brunel : "
             "« La falaise recule chaque hiver. »",
             {kFauvel, kBrunel},
             "La falaise recule chaque hiver.",
             "Odile Brunel"},
            {"La mairie de Plouvern se veut rassurante, comme l'a expliqué mardi l'ingénieur "
             "Marc Tessier : « Les digues tiendront jusqu'au printemps. »",
             {kMairie, kTessier},
             "Les digues tiendront jusqu'au printemps.",
             "Marc Tessier"},
            // After the quotation, with a date or an inserted phrase after the verb.
            {"Gilles Fauvel a reçu les riverains. Les travaux « dureront au moins six mois », "
             "comme l'a souligné lundi la géologue Odile Brunel.",
             {kFauvel, kBrunel},
             "dureront au moins six mois",
             "Odile Brunel"},
            {"Odile Brunel a visité le chantier. Le budget est « largement dépassé », comme le "
             "reconnaît Marc Tessier.",
             {kBrunel, kTessier},
             "largement dépassé",
             "Marc Tessier"},
            {"Odile Brunel a visité le chantier. La route restera « fermée tout l'été », telle "
             "que l'a annoncé Marc Tessier.",
             {kBrunel, kTessier},
             "fermée tout l'été",
             "Marc Tessier"},
            {"Odile Brunel a visité le chantier. Le site restera « fermé jusqu'en mai », ainsi "
             "que l'a annoncé jeudi Marc Tessier.",
             {kBrunel, kTessier},
             "fermé jusqu'en mai",
             "Marc Tessier"},
            // Announcing the next paragraph, with an apposition before the colon.
            {"La mairie de Plouvern tente de rassurer, comme l'explique Marc Tessier, cité par le "
             "quotidien régional :\n\n« Aucune maison n'est menacée à court terme. »",
             {kMairie, kTessier},
             "Aucune maison n'est menacée à court terme.",
             "Marc Tessier"},
            // Must stay: "comme" before the subject, a clitic without "comme", a pronoun.
            {"Rien n'a changé, comme Gilles Fauvel l'a dit : « Nous attendons l'État. »",
             {kFauvel},
             "Nous attendons l'État.",
             "Gilles Fauvel"},
            {"Odile Brunel l'explique simplement : « La mer monte. »",
             {kBrunel},
             "La mer monte.",
             "Odile Brunel"},
            {"Odile Brunel est inquiète. « La mer monte », comme elle le répète depuis des "
             "années.",
             {kBrunel},
             "La mer monte",
             "Odile Brunel"},
        });
}

// English rows: the comparative-clause rule reads French only ("as" takes no clitic), so
// these rows cannot fail without it; they check that English keeps the speaker after "as".
TEST_CASE("an English as-clause names its speaker after as", "[quotes][en]") {
    run_speaker_cases(
        "en", {
                  {"Mayor Dan Price remains cautious, as geologist Nora Hale explained: \"The "
                   "cliff retreats every winter.\"",
                   {kPrice, kHale},
                   "The cliff retreats every winter.",
                   "Nora Hale"},
                  {"Dan Price visited the site. The works will take \"at least six months,\" as "
                   "Nora Hale put it on Monday.",
                   {kPrice, kHale},
                   "at least six months,",
                   "Nora Hale"},
              });
}
