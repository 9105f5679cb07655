// Table-driven cases for the wrong person and the missing person (issue #15, items 5 and 6):
// an office nobody holds ("le ministre", "the senator") takes up the one person just named
// when the article gave that person no role ("…, a annoncé Paul Roy. «…», a ajouté le
// ministre"); a pronoun after a quotation skips the name the quoted words run on from ("Julie
// Martin «a renoncé», a-t-elle dit": someone else speaks of her). Rows that must stay as they
// are: a gender clash, two people named, a person with another role, a person named too far
// back, a court role, a name followed by a comma or a colon before the mark. A title is the
// name's only inside the name's phrase ("la question du journaliste à son entraîneur, Paul
// Roy": Paul Roy is no journalist), and a name after "de" is a description's possessor
// ("l'avocate de Marc Olier, Julie Martin": Julie Martin speaks, Marc Olier never). Every row
// was written for this table.
#include "quote_case_runner.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kRoy{"Paul Roy", EntityKind::Person, Gender::Masculine, {"Paul Roy", "M. Roy"}};
const EntityFixture kMorel{
    "Anne Morel", EntityKind::Person, Gender::Feminine, {"Anne Morel", "Mme Morel"}};
const EntityFixture kMartin{"Julie Martin", EntityKind::Person, Gender::Feminine, {"Julie Martin"}};
const EntityFixture kOlier{"Marc Olier", EntityKind::Person, Gender::Masculine, {"Marc Olier"}};
const EntityFixture kHarbourMaster{
    "Yann Le Goff", EntityKind::Person, Gender::Masculine, {"Yann Le Goff"}, {"maire"}};
const EntityFixture kCorley{"Dan Corley", EntityKind::Person, Gender::Masculine, {"Dan Corley"}};
const EntityFixture kHale{"Ruth Hale", EntityKind::Person, Gender::Feminine, {"Ruth Hale"}};
const EntityFixture kNurse{
    "Tessa Moran", EntityKind::Person, Gender::Feminine, {"Tessa Moran"}, {"nurse"}};

const std::vector<QuoteCase> kFrench = {
    // The office takes up the person the sentence before named.
    {"Les bus seront gratuits dès lundi, a annoncé Paul Roy. «C'est une mesure de justice», a "
     "ajouté le ministre.",
     {kRoy},
     "C'est une mesure de justice",
     "direct",
     "Paul Roy",
     "a ajouté",
     "",
     "fr.quote-then-inverted-verb"},
    {"Anne Morel a présenté le budget mardi. «Nous tiendrons nos engagements», a assuré la "
     "ministre dans la soirée.",
     {kMorel},
     "Nous tiendrons nos engagements",
     "direct",
     "Anne Morel",
     "a assuré",
     "",
     "fr.quote-then-inverted-verb"},
    {"Marc Olier a quitté la séance. «Rien n'est décidé», avait déclaré le député de Brest.",
     {kOlier},
     "Rien n'est décidé",
     "direct",
     "Marc Olier",
     "avait déclaré",
     "",
     "fr.quote-then-inverted-verb"},
    // ... across a sentence that names nobody.
    {"Anne Morel a présenté le budget mardi. Le texte sera voté en juin. La sénatrice juge la "
     "réforme «indispensable».",
     {kMorel},
     "indispensable",
     "partial",
     "Anne Morel",
     "juge",
     "",
     "fr.partial-in-clause"},
    // A gender clash, two people, another role, a person named too far back, a court role:
    // the description stays as written.
    {"Paul Roy a présenté le budget. «Nous tiendrons bon», a assuré la ministre.",
     {kRoy},
     "Nous tiendrons bon",
     "direct",
     "la ministre",
     "a assuré",
     "",
     "fr.quote-then-inverted-verb"},
    {"Paul Roy a reçu Anne Morel mardi. «Nous tiendrons bon», a déclaré le ministre.",
     {kRoy, kMorel},
     "Nous tiendrons bon",
     "direct",
     "le ministre",
     "a déclaré",
     "",
     "fr.quote-then-inverted-verb"},
    {"Le maire Yann Le Goff a fermé le port. «La tempête arrive», a déclaré le député.",
     {kHarbourMaster},
     "La tempête arrive",
     "direct",
     "le député",
     "a déclaré",
     "",
     "fr.quote-then-inverted-verb"},
    {"Paul Roy a présenté le budget. La dette recule. Les syndicats protestent. Le chômage "
     "baisse. «Nous tiendrons bon», a déclaré le ministre.",
     {kRoy},
     "Nous tiendrons bon",
     "direct",
     "le ministre",
     "a déclaré",
     "",
     "fr.quote-then-inverted-verb"},
    {"Paul Roy a témoigné lundi. «Les faits sont graves», a lancé le juge.",
     {kRoy},
     "Les faits sont graves",
     "direct",
     "le juge",
     "a lancé",
     "",
     "fr.quote-then-inverted-verb"},
    // A title is the name's own only inside its phrase: a noun before "à", "a" or a possessive
    // belongs to someone else.
    {"La question du journaliste à son entraîneur, Paul Roy, a fâché le club. «Je n'ai rien à "
     "ajouter», a dit le journaliste.",
     {kRoy},
     "Je n'ai rien à ajouter",
     "direct",
     "le journaliste",
     "a dit",
     "",
     "fr.quote-then-inverted-verb"},
    {"Le juge a désigné Paul Roy comme expert. «Le rapport sera prêt en mai», a ajouté le juge.",
     {kRoy},
     "Le rapport sera prêt en mai",
     "direct",
     "le juge",
     "a ajouté",
     "",
     "fr.quote-then-inverted-verb"},
    {"La ministre de la Santé, Anne Morel, a visité l'hôpital. «Les lits manquent», a reconnu la "
     "ministre.",
     {kMorel},
     "Les lits manquent",
     "direct",
     "Anne Morel",
     "a reconnu",
     "",
     "fr.quote-then-inverted-verb"},
    // A name after "de" is the description's possessor, never its speaker; a name in
    // apposition after the whole description speaks, one that opens a clause does not.
    {"Le procès de Marc Olier a repris lundi. «Vous devez le juger sans passion», plaide "
     "l'avocate de Marc Olier, Julie Martin.",
     {kOlier, kMartin},
     "Vous devez le juger sans passion",
     "direct",
     "Julie Martin",
     "plaide",
     "",
     "fr.apposition"},
    {"Le procès de Marc Olier a repris lundi. «Il ne savait rien», a déclaré l'avocat de Marc "
     "Olier.",
     {kOlier},
     "Il ne savait rien",
     "direct",
     "l'avocat de Marc Olier",
     "a déclaré",
     "",
     "fr.quote-then-inverted-verb"},
    {"«Très habile en coulisses», selon un proche de Paul Roy, Marc Olier s'est imposé.",
     {kRoy, kOlier},
     "Très habile en coulisses",
     "direct",
     "un proche de Paul Roy",
     "selon",
     "",
     "fr.according-to"},
    // The quoted words tell about the name they run on from: the pronoun is someone else.
    {"Anne Morel a confirmé l'information à l'AFP. Julie Martin «a reçu des menaces et a "
     "renoncé», a-t-elle précisé.",
     {kMorel, kMartin},
     "a reçu des menaces et a renoncé",
     "partial",
     "Anne Morel",
     "a-t-elle précisé",
     "",
     "fr.quote-then-inverted-verb"},
    {"Paul Roy a confirmé la nouvelle lundi. Marc Olier «ne reviendra pas cette saison», "
     "explique-t-il.",
     {kRoy, kOlier},
     "ne reviendra pas cette saison",
     "partial",
     "Paul Roy",
     "explique-t-il",
     "",
     "fr.quote-then-inverted-verb"},
    // A comma or a colon after the name: the name introduces the quotation and speaks.
    {"Anne Morel a confirmé l'information. Pour Julie Martin, «rien n'est joué», estime-t-elle.",
     {kMorel, kMartin},
     "rien n'est joué",
     "direct",
     "Julie Martin",
     "estime-t-elle",
     "",
     "fr.quote-then-inverted-verb"},
    {"Julie Martin a quitté la salle. «Je reste candidate», a-t-elle dit.",
     {kMartin},
     "Je reste candidate",
     "direct",
     "Julie Martin",
     "a-t-elle dit",
     "",
     "fr.quote-then-inverted-verb"},
    // The sentences inside the quotation a pronoun reports are the speaker's words: an
    // unnamed speaker keeps the floor across them, not across sentences of narrative.
    {"«Le feu a pris vite», a confié une voisine. «J'ai couru dehors. Tout brûlait déjà. Les "
     "enfants criaient», raconte-t-elle.",
     {},
     "J'ai couru dehors. Tout brûlait déjà. Les enfants criaient",
     "direct",
     "une voisine",
     "raconte-t-elle",
     "",
     "fr.quote-then-inverted-verb"},
    {"«Le feu a pris vite», a confié une voisine. Les pompiers sont arrivés. Le toit a cédé. La "
     "rue a été bouclée. «Tout est perdu», a-t-elle ajouté.",
     {},
     "Tout est perdu",
     "direct",
     "",
     "a-t-elle ajouté",
     "",
     ""},
};

const std::vector<QuoteCase> kEnglish = {
    {"The bill will pass next week, said Dan Corley. \"It is a matter of fairness,\" the "
     "senator added.",
     {kCorley},
     "It is a matter of fairness,",
     "direct",
     "Dan Corley",
     "added",
     "",
     "en.quote-then-subject-verb"},
    {"Ruth Hale visited the plant on Monday. The plant employs 900 people. \"We need these "
     "jobs,\" the governor said.",
     {kHale},
     "We need these jobs,",
     "direct",
     "Ruth Hale",
     "said",
     "",
     "en.quote-then-subject-verb"},
    // Two people, another role: the description stays.
    {"Ruth Hale met Dan Corley on Monday. \"We need these jobs,\" the senator said.",
     {kHale, kCorley},
     "We need these jobs,",
     "direct",
     "the senator",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {"Tessa Moran opened the clinic. \"We need help,\" the mayor said.",
     {kNurse},
     "We need help,",
     "direct",
     "the mayor",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {"The question from the reporter to the coach, Dan Corley, angered the club. \"I have nothing "
     "to add,\" the reporter said.",
     {kCorley},
     "I have nothing to add,",
     "direct",
     "the reporter",
     "said",
     "",
     "en.quote-then-subject-verb"},
    // The quoted words tell about the name they run on from.
    {"Ruth Hale confirmed the news on Monday. Tessa Moran \"has received threats and will not "
     "run,\" she said.",
     {kHale, kNurse},
     "has received threats and will not run,",
     "partial",
     "Ruth Hale",
     "said",
     "",
     "en.quote-then-subject-verb"},
    // The sentences inside the quotation a pronoun reports are the speaker's words: an
    // unnamed speaker keeps the floor across them.
    {"\"The fire spread fast,\" a neighbor said. \"I ran outside. Everything was burning. The "
     "children screamed,\" she added.",
     {},
     "I ran outside. Everything was burning. The children screamed,",
     "direct",
     "a neighbor",
     "added",
     "",
     "en.quote-then-subject-verb"},
};

} // namespace

TEST_CASE("French offices and pronouns that take up the right person", "[quotes][fr]") {
    run_quote_cases("fr", kFrench);
}

TEST_CASE("English offices and pronouns that take up the right person", "[quotes][en]") {
    run_quote_cases("en", kEnglish);
}
