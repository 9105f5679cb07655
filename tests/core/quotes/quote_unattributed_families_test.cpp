// Table-driven cases for the families of quotations that used to get no speaker at all:
// pronouns continuing a speaker who is no named person, "on" and the institution it speaks
// for, the owner of words after "selon"/"according to", a passive speech verb and its agent,
// the floor after "Pour X, …", object pronouns before an inverted cue. Rows that must stay
// unattributed sit beside each family. Every row was written for this table.
#include "quote_case_runner.h"
#include "quote_cast.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kOuestMatin{"Ouest Matin", EntityKind::Media, Gender::Unknown, {"Ouest Matin"}};
const EntityFixture kBrest{"Brest", EntityKind::Place, Gender::Unknown, {"Brest"}};
const EntityFixture kRenaud{"Paul Renaud", EntityKind::Person, Gender::Masculine, {"Paul Renaud"}};
const EntityFixture kHolt{"Maria Holt", EntityKind::Person, Gender::Feminine, {"Maria Holt"}};
const EntityFixture kNorthway{
    "Northway Rail", EntityKind::Organization, Gender::Unknown, {"Northway Rail"}};

const std::vector<QuoteCase> kFrench = {
    // A pronoun continues an indefinite speaker or an institution of its gender.
    {"«Nous manquons de lits», a confié une infirmière. «Nous sommes épuisées», "
     "reconnaît-elle.",
     {},
     "Nous sommes épuisées",
     "direct",
     "une infirmière",
     "reconnaît-elle",
     "",
     "fr.quote-then-inverted-verb"},
    {"Mme Saulnier est arrivée sur place. «Les routes sont fermées», a indiqué la préfecture. "
     "«Restez chez vous», a-t-elle ajouté.",
     {kSaulnier},
     "Restez chez vous",
     "direct",
     "la préfecture",
     "a-t-elle ajouté",
     "",
     "fr.quote-then-inverted-verb"},
    {"«Le pont tiendra», a assuré un ingénieur. Mme Saulnier a visité le chantier. «Il faudra "
     "du temps», a-t-elle ajouté.",
     {kSaulnier},
     "Il faudra du temps",
     "direct",
     "Agathe Saulnier", // "un ingénieur" is masculine: the turn does not agree
     "a-t-elle ajouté",
     "",
     "fr.quote-then-inverted-verb"},
    // "on": the institution the sentence places it in, else "on" as written.
    {"«Le match est maintenu», assure-t-on chez Avenir Commun.",
     {kAvenir},
     "Le match est maintenu",
     "direct",
     "Avenir Commun",
     "assure-t-on",
     "",
     "fr.quote-then-inverted-verb"},
    {"«Ils ne paient jamais leur billet», nous indique-t-on.",
     {},
     "Ils ne paient jamais leur billet",
     "direct",
     "", // "on" placed nowhere names nobody
     "indique-t-on",
     "",
     ""},
    {"«Non au projet», pouvait-on lire sur une pancarte.",
     {},
     "Non au projet",
     "direct",
     "", // "on" reads: nobody speaks
     "lire",
     "",
     ""},
    // The owner of words or figures after "selon".
    {"Selon les informations du quotidien Ouest Matin, le chantier «sera repoussé».",
     {kOuestMatin},
     "sera repoussé",
     "partial",
     "Ouest Matin", // a medium speaks when nobody else does
     "Selon",
     "Ouest Matin",
     "fr.source-as-speaker"},
    {"Selon les chiffres d'Avenir Commun, le chômage «recule nettement».",
     {kAvenir},
     "recule nettement",
     "partial",
     "Avenir Commun",
     "Selon",
     "",
     "fr.according-to"},
    {"Selon la terminologie d'Avenir Commun, les rencontres sont «suspendues».",
     {kAvenir},
     "suspendues",
     "partial",
     "Avenir Commun",
     "Selon",
     "",
     "fr.according-to"},
    // A passive speech verb and its agent.
    {"Qualifiée de «dangereuse» par M. Kermorvan, la réforme a été retirée.",
     {kKermorvan},
     "dangereuse",
     "partial",
     "Yves Kermorvan",
     "Qualifiée",
     "",
     "fr.passive-agent"},
    {"La piste d'un accident a été jugée «peu probable» par Mme Saulnier.",
     {kSaulnier},
     "peu probable",
     "partial",
     "Agathe Saulnier",
     "jugée",
     "",
     "fr.passive-agent"},
    {"Le projet, décrit comme «irréaliste» par un élu de l'opposition, a été ajourné.",
     {},
     "irréaliste",
     "partial",
     "un élu de l'opposition",
     "décrit",
     "",
     "fr.passive-agent"},
    {"Mme Saulnier s'est dite «très choquée» par cette agression.",
     {kSaulnier},
     "très choquée",
     "partial",
     "Agathe Saulnier", // a reflexive verb has no agent: the attack is no speaker
     "s'est dite",
     "",
     "fr.partial-in-clause"},
    // The floor after a sentence giving someone's view.
    {"Pour M. Kermorvan, la réforme va trop loin. «Nous ne céderons pas.»",
     {kKermorvan},
     "Nous ne céderons pas.",
     "direct",
     "Yves Kermorvan",
     "Pour",
     "",
     "fr.floor"},
    {"«Le plan est prêt», a dit Mme Saulnier. Pour que le projet aboutisse, «il faudra un "
     "accord».",
     {kSaulnier},
     "il faudra un accord",
     "direct",
     "Agathe Saulnier", // "pour que" gives nobody's view: the speaker goes on
     "",
     "",
     "fr.continuation"},
    {"Le syndicat Avenir Commun dit préparer un recours pour «sauver les emplois».",
     {kAvenir},
     "sauver les emplois",
     "partial",
     "Avenir Commun", // "pour" right before the mark is a purpose, not "selon"
     "dit",
     "",
     "fr.partial-in-clause"},
    // A name and a colon, as in a transcript.
    {"Mme Saulnier : «Nous rouvrirons l'usine.» M. Kermorvan : «Rien n'est signé.»",
     {kSaulnier, kKermorvan},
     "Rien n'est signé.",
     "direct",
     "Yves Kermorvan",
     "",
     "",
     "fr.speaker-label"},
    {"Brest : «Nous avons tout perdu dans la nuit.»",
     {kBrest},
     "Nous avons tout perdu dans la nuit.",
     "direct",
     "", // a place before a colon is a dateline or a rubric, nobody speaking
     "",
     "",
     ""},
    // An object pronoun between the quotation and its inverted cue; verbs the lexicon lacked.
    {"M. Kermorvan a reçu la chanteuse. «Votre voix est unique», l'a-t-il complimentée.",
     {kKermorvan},
     "Votre voix est unique",
     "direct",
     "Yves Kermorvan",
     "a-t-il complimentée",
     "",
     "fr.quote-then-inverted-verb"},
    {"«Nous étions seuls face au feu», se remémore Agathe Saulnier.",
     {kSaulnier},
     "Nous étions seuls face au feu",
     "direct",
     "Agathe Saulnier",
     "se remémore",
     "",
     "fr.quote-then-inverted-verb"},
    {"«Le texte doit être revu», considère M. Kermorvan.",
     {kKermorvan},
     "Le texte doit être revu",
     "direct",
     "Yves Kermorvan",
     "considère",
     "",
     "fr.quote-then-inverted-verb"},
};

const std::vector<QuoteCase> kEnglish = {
    // "it" continues an institution that spoke, never a person.
    {"\"Fares will rise in May,\" Northway Rail said. \"We regret the increase,\" it added.",
     {kNorthway},
     "We regret the increase,",
     "direct",
     "Northway Rail",
     "added",
     "",
     "en.quote-then-subject-verb"},
    {"\"Fares will rise,\" the company said. \"We regret it,\" it added.",
     {},
     "We regret it,",
     "direct",
     "the company",
     "added",
     "",
     "en.quote-then-subject-verb"},
    {"\"We saw smoke,\" Paul Renaud said. \"Nothing more,\" it added.",
     {kRenaud},
     "Nothing more,",
     "direct",
     "", // "it" never stands for a person
     "added",
     "",
     ""},
    // "she" continues an indefinite speaker rather than an older person.
    {"Maria Holt lives on the hill. \"We saw smoke,\" a neighbor said. \"It was black,\" she "
     "added.",
     {kHolt},
     "It was black,",
     "direct",
     "a neighbor",
     "added",
     "",
     "en.quote-then-subject-verb"},
    // The owner of words after "according to".
    {"According to data from Northway Rail, the line is \"fully open.\"",
     {kNorthway},
     "fully open.",
     "partial",
     "Northway Rail",
     "According to",
     "",
     "en.according-to"},
    // A name and a colon, as in a transcript.
    {"Maria Holt: \"We will rebuild.\" Paul Renaud: \"Not this year.\"",
     {kHolt, kRenaud},
     "We will rebuild.",
     "direct",
     "Maria Holt",
     "",
     "",
     "en.speaker-label"},
    {"According to figures released by Northway Rail, ridership \"fell sharply\" in May.",
     {kNorthway},
     "fell sharply",
     "partial",
     "Northway Rail",
     "According to",
     "",
     "en.according-to"},
    // A passive speech verb and its agent.
    {"The plan, called \"reckless\" by Paul Renaud, was dropped on Monday.",
     {kRenaud},
     "reckless",
     "partial",
     "Paul Renaud",
     "called",
     "",
     "en.passive-agent"},
    {"The merger was described as \"a betrayal\" by Northway Rail.",
     {kNorthway},
     "a betrayal",
     "partial",
     "Northway Rail",
     "was described",
     "",
     "en.passive-agent"},
};

} // namespace

TEST_CASE("French quotations that had no speaker, by family", "[quotes][fr][unattributed]") {
    run_quote_cases("fr", kFrench);
}

TEST_CASE("English quotations that had no speaker, by family", "[quotes][en][unattributed]") {
    run_quote_cases("en", kEnglish);
}
