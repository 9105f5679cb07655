// Table-driven French cases for the attribution families of
// docs/attribution-constructions.md about referring back: descriptions that refer back only
// by role or to the speaker who holds the floor, pronouns that prefer the subject, the floor
// passed from sentence to sentence. Every row was written for this table.
#include "quote_case_runner.h"
#include "quote_cast.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kRenaud{"Paul Renaud", EntityKind::Person, Gender::Masculine, {"Paul Renaud"}};

const std::vector<QuoteCase> kCases = {
    // A description refers back to a person only when that person holds the role ...
    {"M. Kermorvan a signé les plans en 2015. «Les fondations n'ont jamais été contrôlées», a "
     "noté le juge.",
     {kKermorvan},
     "Les fondations n'ont jamais été contrôlées",
     "direct",
     "le juge",
     "a noté",
     "",
     "fr.quote-then-inverted-verb"},
    {"Le juge Paul Renaud a visité le chantier. M. Kermorvan a signé les plans. «Les fondations "
     "n'ont jamais été contrôlées», a noté le juge.",
     {kKermorvan, kRenaud},
     "Les fondations n'ont jamais été contrôlées",
     "direct",
     "Paul Renaud",
     "a noté",
     "",
     "fr.quote-then-inverted-verb"},
    {"L'enquête a été confiée à Paul Renaud, le procureur. «Les fondations n'ont jamais été "
     "contrôlées», a souligné le procureur.",
     {kRenaud},
     "Les fondations n'ont jamais été contrôlées",
     "direct",
     "Paul Renaud",
     "a souligné",
     "",
     "fr.quote-then-inverted-verb"},
    // ... or when it continues the speaker who holds the floor.
    {"«Nous tiendrons les délais», a assuré Mme Saulnier. «Le chantier reprend lundi», a "
     "ajouté l'élue.",
     {kSaulnier},
     "Le chantier reprend lundi",
     "direct",
     "Agathe Saulnier",
     "a ajouté",
     "",
     "fr.quote-then-inverted-verb"},
    {"«Nous tiendrons les délais», a assuré M. Kermorvan. «Le chantier reprend lundi», a "
     "précisé le maire.",
     {kKermorvan},
     "Le chantier reprend lundi",
     "direct",
     "Yves Kermorvan",
     "a précisé",
     "",
     "fr.quote-then-inverted-verb"},
    {"«Nous tiendrons les délais», a assuré M. Kermorvan. «Le chantier reprend lundi», a "
     "précisé la directrice.",
     {kKermorvan},
     "Le chantier reprend lundi",
     "direct",
     "la directrice",
     "a précisé",
     "",
     "fr.quote-then-inverted-verb"},
    // "il/elle" prefers the subject of the sentence before to its object.
    {"M. Kermorvan a félicité Paul Renaud. «Le temps presse», a-t-il ajouté.",
     {kKermorvan, kRenaud},
     "Le temps presse",
     "direct",
     "Yves Kermorvan",
     "a-t-il ajouté",
     "",
     "fr.quote-then-inverted-verb"},
    {"Interrogé par Paul Renaud, M. Kermorvan a défendu le budget. «Rien n'est joué», a-t-il "
     "poursuivi.",
     {kKermorvan, kRenaud},
     "Rien n'est joué",
     "direct",
     "Yves Kermorvan",
     "a-t-il poursuivi",
     "",
     "fr.quote-then-inverted-verb"},
    {"Mme Saulnier a reçu Claire Dumas à Rennes. «Le temps presse», a-t-elle déclaré.",
     {kSaulnier, kDumas},
     "Le temps presse",
     "direct",
     "Agathe Saulnier",
     "a-t-elle déclaré",
     "",
     "fr.quote-then-inverted-verb"},
    {"Mme Saulnier a reçu M. Kermorvan. «Le temps presse», a-t-il répondu.",
     {kSaulnier, kKermorvan},
     "Le temps presse",
     "direct",
     "Yves Kermorvan",
     "a-t-il répondu",
     "",
     "fr.quote-then-inverted-verb"},
    // A quotation standing alone after a sentence whose speech verb has a subject: that
    // subject holds the floor.
    {"M. Kermorvan a rappelé que le dépôt ferme à midi. «Pensez à garder vos "
     "reçus.»",
     {kKermorvan},
     "Pensez à garder vos reçus.",
     "direct",
     "Yves Kermorvan",
     "a rappelé",
     "",
     "fr.floor"},
    {"La juge Agathe Saulnier ajoute qu'il faut du temps. «Rien ne sera tranché avant l'été.»",
     {kSaulnier},
     "Rien ne sera tranché avant l'été.",
     "direct",
     "Agathe Saulnier",
     "ajoute",
     "",
     "fr.floor"},
    {"Mme Saulnier a reçu les syndicats jeudi. «Rien ne sera tranché avant l'été.»",
     {kSaulnier},
     "Rien ne sera tranché avant l'été.",
     "direct",
     "",
     "",
     "",
     ""},
    // The sentence after a quotation never speaks for it, nor does a quotation after it.
    {"Un seul mot dans la salle : «Enfin.» Puis un autre : «Nous signerons», a déclaré M. "
     "Kermorvan.",
     {kKermorvan},
     "Enfin.",
     "direct",
     "",
     "",
     "",
     ""},
    {"«Nous partons demain.» Selon Mme Saulnier, le départ est fixé à midi.",
     {kSaulnier},
     "Nous partons demain.",
     "direct",
     "",
     "",
     "",
     ""},
    // A sentence opened by "il/elle" passes its referent on.
    {"M. Kermorvan a quitté la salle. Il a ensuite croisé Paul Renaud. «Nous verrons», a-t-il "
     "lâché.",
     {kKermorvan, kRenaud},
     "Nous verrons",
     "direct",
     "Yves Kermorvan",
     "a-t-il lâché",
     "",
     "fr.quote-then-inverted-verb"},
    {"Mme Saulnier a quitté la salle. Mais elle a croisé Claire Dumas. «Nous verrons», a-t-elle "
     "lâché.",
     {kSaulnier, kDumas},
     "Nous verrons",
     "direct",
     "Agathe Saulnier",
     "a-t-elle lâché",
     "",
     "fr.quote-then-inverted-verb"},
    // A new subject takes the floor from the speaker before.
    {"«Nous tiendrons», a assuré M. Kermorvan. Mme Saulnier a «applaudi» cette annonce.",
     {kKermorvan, kSaulnier},
     "applaudi",
     "partial",
     "Agathe Saulnier",
     "",
     "",
     "fr.clause-subject"},
    // ... never a person governed by a preposition.
    {"Le dossier a été remis à M. Kermorvan : «Tout est prêt.»",
     {kKermorvan},
     "Tout est prêt.",
     "direct",
     "",
     "",
     "",
     ""},
    // "ils/elles" continues the group that spoke, never a single person.
    {"«Les colis sont prêts», ont raconté des bénévoles. «La tournée part à l'aube», "
     "ont-ils ajouté.",
     {},
     "La tournée part à l'aube",
     "direct",
     "des bénévoles",
     "ont-ils ajouté",
     "",
     "fr.quote-then-inverted-verb"},
    {"M. Kermorvan est arrivé à Brest. «Nous partons demain», disent-ils.",
     {kKermorvan},
     "Nous partons demain",
     "direct",
     "",
     "disent-ils",
     "",
     ""},
};

} // namespace

TEST_CASE("French references back to a speaker", "[quotes][fr]") {
    run_quote_cases("fr", kCases);
}
