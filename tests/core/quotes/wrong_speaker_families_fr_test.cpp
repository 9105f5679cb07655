// Table-driven French cases for the families of quotations that used to get the wrong speaker
// (issue #15): words that run on from a mark, "pour" after a quotation, the subject inside
// "que …", coordinated verbs and gerunds sharing their clause's subject, pronouns continuing
// an unnamed speaker, demonstrative and age descriptions, names inside a title phrase,
// incises with a complement, inverted subjects after a comma. Each family has rows that must
// stay as they are. Every row was written for this table.
#include "quote_case_runner.h"
#include "quote_cast.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kRenaud{
    "Paul Renaud", EntityKind::Person, Gender::Masculine, {"Paul Renaud", "M. Renaud"}};
const EntityFixture kMetiers{"Confédération des métiers",
                             EntityKind::Organization,
                             Gender::Unknown,
                             {"Confédération des métiers"}};

const std::vector<QuoteCase> kFrench = {
    // Words that run on from a mark continue the writer's sentence: no subject starts there.
    {"Bien que la crise n'ait que «peu d'écho» chez les artisans, la Confédération des métiers "
     "salue le «sang-froid» des commerçants et réclame des aides.",
     {kMetiers},
     "sang-froid",
     "partial",
     "Confédération des métiers",
     "salue",
     "",
     "fr.partial-in-clause"},
    {"Bien que la crise n'ait que «peu d'écho» chez les artisans, la Confédération des métiers "
     "salue le «sang-froid» des commerçants et réclame des aides.",
     {kMetiers},
     "peu d'écho",
     "partial",
     "Confédération des métiers",
     "salue",
     "",
     "fr.same-sentence"},
    // A verb that opens a clause of its own after "et" reports that clause.
    {"Mme Saulnier a estimé que la réforme était «mal préparée», et son collègue Paul Renaud a "
     "rappelé que le budget manquait.",
     {kSaulnier, kRenaud},
     "mal préparée",
     "partial",
     "Agathe Saulnier",
     "a estimé",
     "",
     "fr.partial-in-clause"},
    // ... but a subject right after the mark keeps its quotation.
    {"Parlant d'un «coup de force», il a affirmé que la crise relevait d'une «affaire interne». "
     "Paul Renaud est reparti mardi.",
     {kRenaud},
     "coup de force",
     "partial",
     "",
     "a affirmé",
     "",
     ""},
    {"M. Kermorvan est arrivé lundi. Parlant d'un «coup de force», il a affirmé que la crise "
     "relevait d'une «affaire interne».",
     {kKermorvan},
     "coup de force",
     "partial",
     "Yves Kermorvan",
     "a affirmé",
     "",
     "fr.quote-then-subject-verb"},
    // "pour X" after a quotation names a speaker only behind a comma, closing the clause.
    {"Paul Renaud a répondu mardi. Il a jugé la décision «injuste» pour les salariés.",
     {kRenaud},
     "injuste",
     "partial",
     "Paul Renaud",
     "a jugé",
     "",
     "fr.partial-in-clause"},
    {"«C'est une erreur», pour Paul Renaud.",
     {kRenaud},
     "C'est une erreur",
     "direct",
     "Paul Renaud",
     "pour",
     "",
     "fr.according-to"},
    // The subject of a verb inside "que …" follows "que".
    {"On voit un homme tenant une barre de fer que la police qualifie d'«arme par destination».",
     {},
     "arme par destination",
     "partial",
     "la police",
     "qualifie",
     "",
     "fr.partial-in-clause"},
    // A coordinated verb or a gerund shares the subject of its clause; objects never speak.
    {"Paul Renaud a rencontré Yves Kermorvan puis a déclaré : «Nous avons trouvé un accord.»",
     {kRenaud, kKermorvan},
     "Nous avons trouvé un accord.",
     "direct",
     "Paul Renaud",
     "a déclaré",
     "",
     "fr.speaker-then-verb"},
    {"Mme Saulnier a reçu Paul Renaud et a ajouté que le dossier restait «ouvert».",
     {kSaulnier, kRenaud},
     "ouvert",
     "partial",
     "Agathe Saulnier",
     "a ajouté",
     "",
     "fr.partial-in-clause"},
    {"Paul Renaud a reçu Yves Kermorvan mardi, en déclarant que ce projet était «fantaisiste».",
     {kRenaud, kKermorvan},
     "fantaisiste",
     "partial",
     "Paul Renaud",
     "déclarant",
     "",
     "fr.partial-in-clause"},
    {"Yves Kermorvan a jugé le projet de Paul Renaud «fantaisiste».",
     {kRenaud, kKermorvan},
     "fantaisiste",
     "partial",
     "Yves Kermorvan",
     "a jugé",
     "",
     "fr.partial-in-clause"},
    // A pronoun continues an unnamed speaker when nobody was named since.
    {"Paul Renaud s'est rendu sur place lundi. L'informateur du quotidien affirme que «la zone "
     "était mal éclairée». Il ajoute : «Personne ne voyait le tireur.»",
     {kRenaud},
     "Personne ne voyait le tireur.",
     "direct",
     "L'informateur du quotidien",
     "ajoute",
     "",
     "fr.speaker-then-verb"},
    {"Paul Renaud a visité le quartier. Un homme au visage masqué explique avoir «tout "
     "rempli». «J'ai pris deux sacs», lance-t-il.",
     {kRenaud},
     "J'ai pris deux sacs",
     "direct",
     "Un homme",
     "lance-t-il",
     "",
     "fr.quote-then-inverted-verb"},
    {"«Le site est fermé», a dit un porte-parole. M. Kermorvan a visité le site. «Nous "
     "rouvrirons», a-t-il ajouté.",
     {kKermorvan},
     "Nous rouvrirons",
     "direct",
     "Yves Kermorvan",
     "a-t-il ajouté",
     "",
     "fr.quote-then-inverted-verb"},
    {"«Le site est fermé», a dit un porte-parole. «Nous rouvrirons», a-t-elle ajouté.",
     {},
     "Nous rouvrirons",
     "direct",
     "",
     "a-t-elle ajouté",
     "",
     ""},
    // Demonstrative and age descriptions stand for the person just named.
    {"Paul Renaud nie tout rôle. «Je suis juste un relais», a affirmé ce père de famille.",
     {kRenaud},
     "Je suis juste un relais",
     "direct",
     "Paul Renaud",
     "a affirmé",
     "",
     "fr.quote-then-inverted-verb"},
    {"Paul Renaud a été jugé mardi. Il le nie. «Je n'ai rien organisé», a affirmé le chauffeur "
     "de 34 ans.",
     {kRenaud},
     "Je n'ai rien organisé",
     "direct",
     "Paul Renaud",
     "a affirmé",
     "",
     "fr.quote-then-inverted-verb"},
    {"Mme Saulnier a été jugée mardi. «Je n'ai rien organisé», a affirmé le chauffeur de 34 ans.",
     {kSaulnier},
     "Je n'ai rien organisé",
     "direct",
     "le chauffeur de 34 ans",
     "a affirmé",
     "",
     "fr.quote-then-inverted-verb"},
    // "ce dernier" is the last person mentioned, by the rule of French grammar, not the one
    // the text is about (LatterReference): here both are M. Kermorvan (was "ce dernier",
    // anonymous, before "ce dernier" was resolved).
    {"M. Kermorvan a quitté la salle. «Il reviendra», a assuré ce dernier.",
     {kKermorvan},
     "Il reviendra",
     "direct",
     "Yves Kermorvan",
     "a assuré",
     "",
     "fr.quote-then-inverted-verb"},
    // A person named right after the title noun of a phrase speaks.
    {"«Il y a un public immense», précisait plus tôt le producteur Paul Renaud de l'agence "
     "Rires.",
     {kRenaud},
     "Il y a un public immense",
     "direct",
     "Paul Renaud",
     "précisait",
     "",
     "fr.quote-then-inverted-verb"},
    {"«Il y a un public immense», précisait plus tôt le producteur de la tournée.",
     {kRenaud},
     "Il y a un public immense",
     "direct",
     "le producteur de la tournée",
     "précisait",
     "",
     "fr.quote-then-inverted-verb"},
    // An incise may put a complement between its verb and its subject.
    {"«Nous sommes nombreux, a déclaré pour sa part Paul Renaud. Nous irons jusqu'au bout.»",
     {kRenaud},
     "Nous sommes nombreux, a déclaré pour sa part Paul Renaud. Nous irons jusqu'au bout.",
     "direct",
     "Paul Renaud",
     "a déclaré",
     "",
     "fr.incise"},
    // In French a phrase right after the verb is its inverted subject.
    {"Le gardien est «hors de danger» depuis l'attaque menée par un voisin, Paul Renaud, a "
     "indiqué sa famille.",
     {kRenaud},
     "hors de danger",
     "partial",
     "sa famille",
     "a indiqué",
     "",
     "fr.reporting-clause-after"},
    {"Le hangar a été «entièrement détruit» dans la nuit, Yves Kermorvan, le maire, a "
     "expliqué.",
     {kKermorvan},
     "entièrement détruit",
     "partial",
     "Yves Kermorvan",
     "a expliqué",
     "",
     "fr.reporting-clause-after"},
};

} // namespace

TEST_CASE("French families of wrong speakers", "[quotes][fr]") {
    run_quote_cases("fr", kFrench);
}
