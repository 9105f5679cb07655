// Table-driven cases for the floor a narrative sentence takes from the quotation before it
// in its paragraph (SpeakerSharing::narrated_between): a quotation that opens its sentence
// right after a narrative sentence reporting someone else's words ("«…», a dit X. A la
// barre, un gendarme explique que … «…»") is that reporter's, not a continuation of X. Rows
// that must keep the earlier speaker (the same reporter, no speech verb, the quotation's own
// reporting clause) come with the family. Every row was written for this table.
#include "quote_case_runner.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kOlier{"Marc Olier", EntityKind::Person, Gender::Masculine, {"Marc Olier"}};
const EntityFixture kKervella{
    "Maëlle Kervella", EntityKind::Person, Gender::Feminine, {"Maëlle Kervella"}};
const EntityFixture kGuivarch{
    "Erwan Guivarch", EntityKind::Person, Gender::Masculine, {"Erwan Guivarch"}};
const EntityFixture kLeGoff{
    "Yves Le Goff", EntityKind::Person, Gender::Masculine, {"Yves Le Goff"}};
const EntityFixture kOlson{"Mark Olson", EntityKind::Person, Gender::Masculine, {"Mark Olson"}};
const EntityFixture kKerr{"Nora Kerr", EntityKind::Person, Gender::Feminine, {"Nora Kerr"}};

} // namespace

TEST_CASE("a narrative sentence reporting someone else takes the floor (French)",
          "[quotes][narrated-handover]") {
    run_speaker_cases(
        "fr",
        {
            {"«Je n'ai rien fait», a déclaré le prévenu Marc Olier devant le tribunal. A la "
             "barre, l'un des gendarmes blessés explique qu'il avait été placé sur le pont. "
             "«Economie d'effectifs.» Le tribunal rendra sa décision lundi.",
             {kOlier},
             "Economie d'effectifs.",
             "l'un des gendarmes blessés"},
            {"«Nous tiendrons», a assuré la maire Maëlle Kervella. Sa voisine raconte que "
             "l'eau est montée en une heure. «Tout est perdu.» Les secours sont repartis à "
             "minuit.",
             {kKervella},
             "Tout est perdu.",
             "Sa voisine"},
            {"«Le chantier avance», a affirmé le directeur Erwan Guivarch. Une infirmière a "
             "confié que les salaires n'avaient pas été versés depuis deux mois. «On ne "
             "tient plus.» La direction n'a pas répondu.",
             {kGuivarch},
             "On ne tient plus.",
             "Une infirmière"},
            {"«La route restera fermée», a indiqué le préfet Yves Le Goff. Des habitants "
             "dénoncent depuis une semaine un isolement total. «Nous sommes oubliés.» Un bus "
             "sera affrété mardi.",
             {kLeGoff},
             "Nous sommes oubliés.",
             "Des habitants"},
            // The same speaker reporting in between keeps the floor.
            {"«Nous tiendrons», a assuré la maire Maëlle Kervella. Elle explique que la digue "
             "a cédé dans la nuit. «Tout est à refaire.» Les secours sont repartis à minuit.",
             {kKervella},
             "Tout est à refaire.",
             "Maëlle Kervella"},
            // Narrative with no speech verb leaves the floor where it was.
            {"«Nous tiendrons», a assuré la maire Maëlle Kervella. La digue a cédé dans la "
             "nuit. «Tout est à refaire.» Les secours sont repartis à minuit.",
             {kKervella},
             "Tout est à refaire.",
             "Maëlle Kervella"},
            // A quotation with a reporting clause of its own keeps it.
            {"«Je n'ai rien fait», a déclaré le prévenu Marc Olier. Un gendarme explique "
             "qu'il était sur le pont. «Je l'ai vu frapper», a répété Marc Olier.",
             {kOlier},
             "Je l'ai vu frapper",
             "Marc Olier"},
        });
}

TEST_CASE("a narrative sentence reporting someone else takes the floor (English)",
          "[quotes][narrated-handover]") {
    run_speaker_cases(
        "en", {
                  {"\"I did nothing wrong,\" defendant Mark Olson told the court. One of the "
                   "injured officers said he had been posted on the bridge. \"They were short of "
                   "staff.\" The verdict is due on Monday.",
                   {kOlson},
                   "They were short of staff.",
                   "One of the injured officers"},
                  {"\"We will hold,\" Mayor Nora Kerr said. A firefighter explained that the levee "
                   "broke overnight. \"Everything is gone.\" Rescue crews left at midnight.",
                   {kKerr},
                   "Everything is gone.",
                   "A firefighter"},
                  // Narrative with no speech verb leaves the floor where it was.
                  {"\"We will hold,\" Mayor Nora Kerr said. The levee broke overnight. "
                   "\"Everything is gone.\" Rescue crews left at midnight.",
                   {kKerr},
                   "Everything is gone.",
                   "Nora Kerr"},
                  // "for X" in the narrative is no reporter.
                  {"\"We will hold,\" Mayor Nora Kerr said. She plans to vote for Tom Dale next "
                   "month. \"Everything is gone.\" Rescue crews left at midnight.",
                   {kKerr, {"Tom Dale", EntityKind::Person, Gender::Masculine, {"Tom Dale"}}},
                   "Everything is gone.",
                   "Nora Kerr"},
              });
}
