// Table-driven cases for continuity across sentences: a verb of reply in an exchange (a
// judge and a defendant, an interviewer and the one asked), a pronoun after an incise that
// keeps its referent over a person named in what was said, an infinitive of narrative
// ("Et d'ajouter :"), a label owned by a name ("Réaction de X :"), and the floor carried to
// a quotation that nothing else attributes. Rows that must stay unattributed, or go to
// someone else, sit beside each family. Every row was written for this table.
#include "quote_case_runner.h"
#include "quote_cast.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kTessier{
    "Marc Tessier", EntityKind::Person, Gender::Masculine, {"Marc Tessier", "M. Tessier"}};
const EntityFixture kGirard{
    "Paul Girard", EntityKind::Person, Gender::Masculine, {"Paul Girard", "M. Girard"}};
const EntityFixture kMorel{
    "Claire Morel", EntityKind::Person, Gender::Feminine, {"Claire Morel", "Mme Morel"}};
const EntityFixture kVasseur{
    "Anne Vasseur", EntityKind::Person, Gender::Feminine, {"Anne Vasseur", "Mme Vasseur"}};
const EntityFixture kOlier{
    "Marc Olier", EntityKind::Person, Gender::Masculine, {"Marc Olier", "M. Olier"}};
const EntityFixture kRivaud{
    "Léa Rivaud", EntityKind::Person, Gender::Feminine, {"Léa Rivaud", "Mme Rivaud"}};
const EntityFixture kPortSud{"Port Sud", EntityKind::Organization, Gender::Unknown, {"Port Sud"}};

const std::vector<QuoteCase> kFrench = {
    // A verb of reply is not spoken by who asked: the pronoun skips the asker.
    {"Le prévenu Marc Tessier est arrivé libre. «Regrettez-vous ?», lui demande le procureur "
     "Paul Girard. «Oui, bien sûr», répond-il.",
     {kTessier, kGirard},
     "Oui, bien sûr",
     "direct",
     "Marc Tessier",
     "répond-il",
     "",
     "fr.quote-then-inverted-verb"},
    {"Mme Rivaud témoignait mardi. «Aviez-vous peur ?», demande l'avocate Claire Morel. "
     "«Je tremblais», rétorque-t-elle.",
     {kRivaud, kMorel},
     "Je tremblais",
     "direct",
     "Léa Rivaud",
     "rétorque-t-elle",
     "",
     "fr.quote-then-inverted-verb"},
    {"M. Olier a été entendu. «Pourquoi être parti ?», demande M. Girard. «J'avais peur», "
     "a-t-il répliqué.",
     {kOlier, kGirard},
     "J'avais peur",
     "direct",
     "Marc Olier",
     "a-t-il répliqué",
     "",
     "fr.quote-then-inverted-verb"},
    // Not a reply: "ajoute-t-il" continues the one who just spoke.
    {"M. Olier a été entendu. «C'était la nuit», raconte M. Girard. «Il pleuvait», ajoute-t-il.",
     {kOlier, kGirard},
     "Il pleuvait",
     "direct",
     "Paul Girard",
     "ajoute-t-il",
     "",
     "fr.quote-then-inverted-verb"},
    // The asker spoke in another paragraph: the reply is read as any pronoun.
    {"«Le port fermera-t-il ?», s'interroge M. Girard.\n\nM. Girard a visité le quai. «Non», "
     "répond-il.",
     {kGirard},
     "Non",
     "direct",
     "Paul Girard",
     "répond-il",
     "",
     "fr.quote-then-inverted-verb"},
    // A person named after an incise ("a-t-il dit, c'est X qui") is what was said.
    {"Le député Marc Olier a pris la parole. Au port, a-t-il dit, c'est Paul Girard qui décide. "
     "«Nous serons là», a-t-il lancé.",
     {kOlier, kGirard},
     "Nous serons là",
     "direct",
     "Marc Olier",
     "a-t-il lancé",
     "",
     "fr.quote-then-inverted-verb"},
    {"Mme Vasseur a ouvert la séance. Selon elle, estime-t-elle, c'est Léa Rivaud qui a tort. "
     "«Je maintiens», a-t-elle insisté.",
     {kVasseur, kRivaud},
     "Je maintiens",
     "direct",
     "Anne Vasseur",
     "a-t-elle insisté",
     "",
     "fr.quote-then-inverted-verb"},
    // The incise's pronoun does not agree: the person named keeps the pronoun.
    {"Mme Vasseur a ouvert la séance. Au port, a-t-elle dit, Paul Girard a tout décidé. "
     "«Je ne regrette rien», a-t-il répondu.",
     {kVasseur, kGirard},
     "Je ne regrette rien",
     "direct",
     "Paul Girard",
     "a-t-il répondu",
     "",
     "fr.quote-then-inverted-verb"},
    // An infinitive of narrative continues the subject before.
    {"La ministre Anne Vasseur a défendu le texte. Et d'ajouter : «Le calendrier sera tenu.»",
     {kVasseur},
     "Le calendrier sera tenu.",
     "direct",
     "Anne Vasseur",
     "ajouter",
     "",
     "fr.speaker-then-verb"},
    {"M. Girard a longuement répondu aux élus. Et de conclure : «Nous irons jusqu'au bout.»",
     {kGirard},
     "Nous irons jusqu'au bout.",
     "direct",
     "Paul Girard",
     "conclure",
     "",
     "fr.speaker-then-verb"},
    {"Et d'ajouter : «Rien n'est joué.»",
     {},
     "Rien n'est joué.",
     "direct",
     "", // nobody before to continue
     "ajouter",
     "",
     ""},
    // A label of a reply owned by a name.
    {"Le conseil a voté mardi. Réaction immédiate de Paul Girard : «Nous porterons plainte.»",
     {kGirard},
     "Nous porterons plainte.",
     "direct",
     "Paul Girard",
     "",
     "",
     "fr.speaker-label"},
    {"Le maire a parlé. Même constat chez Anne Vasseur : «Rien n'a changé.»",
     {kVasseur},
     "Rien n'a changé.",
     "direct",
     "Anne Vasseur",
     "",
     "",
     "fr.speaker-label"},
    {"Même son de cloche chez Port Sud : «Les quais resteront ouverts.»",
     {kPortSud},
     "Les quais resteront ouverts.",
     "direct",
     "Port Sud",
     "",
     "",
     "fr.speaker-label"},
    // A label after a heading and a dash between spaces: the heading is no part of it.
    {"BILAN DE LA SESSION — Paul Girard : «Nous avons tenu nos promesses.»",
     {kGirard},
     "Nous avons tenu nos promesses.",
     "direct",
     "Paul Girard",
     "",
     "",
     "fr.speaker-label"},
    {"Budget 2027 - Anne Vasseur : «Les comptes sont à l'équilibre.»",
     {kVasseur},
     "Les comptes sont à l'équilibre.",
     "direct",
     "Anne Vasseur",
     "",
     "",
     "fr.speaker-label"},
    {"Le dossier est relancé. La mort de Paul Girard : «Un drame pour la ville.»",
     {kGirard},
     "Un drame pour la ville.",
     "direct",
     "", // a label that names no reply
     "",
     "",
     ""},
    // The floor carries to a quotation nothing attributes when nobody else is named.
    {"«Le calendrier sera tenu», a assuré la ministre Anne Vasseur. Il est «probable que le "
     "vote ait lieu en mars».",
     {kVasseur},
     "probable que le vote ait lieu en mars",
     "partial",
     "Anne Vasseur",
     "",
     "",
     "fr.continuation"},
    {"«Le port restera ouvert», a promis M. Girard.\n\nLe budget\n\nQuant au budget, «il sera "
     "voté en mars».",
     {kGirard},
     "il sera voté en mars",
     "direct",
     "Paul Girard",
     "",
     "",
     "fr.continuation"},
    {"«Le port restera ouvert», a promis M. Girard. Les dockers ne seront pas oubliés. «Aucun "
     "emploi ne sera supprimé» cette année.",
     {kGirard},
     "Aucun emploi ne sera supprimé",
     "direct",
     "Paul Girard",
     "",
     "",
     "fr.continuation"},
    {"«Le port restera ouvert», a promis M. Girard.\n\nMme Rivaud était absente. «Aucun "
     "emploi ne sera supprimé» cette année.",
     {kGirard, kRivaud},
     "Aucun emploi ne sera supprimé",
     "direct",
     "", // someone else was named in between
     "",
     "",
     ""},
    {"«Le port restera ouvert», a promis M. Girard.\n\nLes dockers brandissaient des "
     "pancartes «Pas touche à nos emplois».",
     {kGirard},
     "Pas touche à nos emplois",
     "partial",
     "", // the sentence has a subject of its own
     "",
     "",
     ""},
    {"«Le port restera ouvert», a promis M. Girard.\n\nLe quai a été repeint. La grue a été "
     "changée. Les bureaux ont déménagé. Les horaires ont changé. «Aucun emploi ne sera "
     "supprimé» cette année.",
     {kGirard},
     "Aucun emploi ne sera supprimé",
     "direct",
     "", // too far: the floor does not carry over four sentences
     "",
     "",
     ""},
};

const std::vector<QuoteCase> kEnglish = {
    {"Defendant Marc Tessier sat still. \"Do you regret it?\" prosecutor Paul Girard asked him. "
     "\"Yes,\" he replied.",
     {kTessier, kGirard},
     "Yes,",
     "direct",
     "Marc Tessier",
     "replied",
     "",
     "en.quote-then-subject-verb"},
    {"Lea Rivaud took the stand. \"Were you afraid?\" attorney Claire Morel asked. \"I was "
     "shaking,\" she responded.",
     {{"Lea Rivaud", EntityKind::Person, Gender::Feminine, {"Lea Rivaud"}}, kMorel},
     "I was shaking,",
     "direct",
     "Lea Rivaud",
     "responded",
     "",
     "en.quote-then-subject-verb"},
    {"Paul Girard took the stand. \"It was dark,\" Marc Olier said. \"It was raining,\" he added.",
     {kGirard, kOlier},
     "It was raining,",
     "direct",
     "Marc Olier", // not a reply: the one who just spoke goes on
     "added",
     "",
     "en.quote-then-subject-verb"},
    {"Mayor Paul Girard spoke on Monday. In the harbor, he said, it was Marc Olier who decided. "
     "\"We will be there,\" he said.",
     {kGirard, kOlier},
     "We will be there,",
     "direct",
     "Paul Girard",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {"POLLS WERE RIGHT AFTER ALL - Paul Girard: \"The models held up.\"",
     {kGirard},
     "The models held up.",
     "direct",
     "Paul Girard",
     "",
     "",
     "en.speaker-label"},
    {"Reaction from Paul Girard: \"We will sue.\"",
     {kGirard},
     "We will sue.",
     "direct",
     "Paul Girard",
     "",
     "",
     "en.speaker-label"},
    {"\"The harbor will stay open,\" Paul Girard said.\n\nThe budget\n\nRegarding the budget, \"it "
     "will be voted in March.\"",
     {kGirard},
     "it will be voted in March.",
     "direct",
     "Paul Girard",
     "",
     "",
     "en.continuation"},
    {"\"The harbor will stay open,\" Paul Girard said.\n\nLea Rivaud was absent. \"No job will "
     "be cut\" this year.",
     {kGirard, {"Lea Rivaud", EntityKind::Person, Gender::Feminine, {"Lea Rivaud"}}},
     "No job will be cut",
     "direct",
     "", // someone else was named in between
     "",
     "",
     ""},
};

} // namespace

TEST_CASE("French discourse: replies, incises, infinitives, labels, the floor",
          "[quotes][fr][discourse]") {
    run_quote_cases("fr", kFrench);
}

TEST_CASE("English discourse: replies, incises, labels, the floor", "[quotes][en][discourse]") {
    run_quote_cases("en", kEnglish);
}
