// Table-driven cases for organizations, institutions and documents as speakers (issue #15):
// an organization named behind its article after "selon"/"d'après"/"according to", and an
// inverted pronoun after a quotation that stands for the institution opening its sentence or
// the sentence before ("Le Centre X a décidé … «…», a-t-il indiqué par communiqué"). Each
// "the news outlet" standing for the medium named before; "on" placed in an institution by "à la …"
// ("a-t-on expliqué à la préfecture", "à la CGT"). Each family has rows that keep a person (named
// in between, of the pronoun's gender, opening the sentence). Every row was written for this table.
#include "quote_case_runner.h"
#include "quote_cast.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kCentre{
    "Comité des libertés", EntityKind::Organization, Gender::Unknown, {"Comité des libertés"}};
const EntityFixture kLigue{
    "Ligue des droits", EntityKind::Organization, Gender::Unknown, {"Ligue des droits"}};
const EntityFixture kRiverains{"Association des riverains",
                               EntityKind::Organization,
                               Gender::Unknown,
                               {"Association des riverains"}};
const EntityFixture kCgt{"CGT", EntityKind::Organization, Gender::Unknown, {"CGT"}};
const EntityFixture kUnedic{"Unédic", EntityKind::Organization, Gender::Unknown, {"Unédic"}};
const EntityFixture kRenaud{
    "Paul Renaud", EntityKind::Person, Gender::Masculine, {"Paul Renaud", "M. Renaud"}};
const EntityFixture kCenter{
    "Equality Center", EntityKind::Organization, Gender::Unknown, {"Equality Center"}};
const EntityFixture kAuthority{
    "Harbor Authority", EntityKind::Organization, Gender::Unknown, {"Harbor Authority"}};
const EntityFixture kNaacp{"NAACP", EntityKind::Organization, Gender::Unknown, {"NAACP"}};
const EntityFixture kCoastline{
    "Coastline Radio", EntityKind::Media, Gender::Unknown, {"Coastline Radio"}};
const EntityFixture kHill{
    "Mark Hill", EntityKind::Person, Gender::Masculine, {"Mark Hill", "Hill"}};
const EntityFixture kVarga{
    "Lina Varga", EntityKind::Person, Gender::Feminine, {"Lina Varga", "Ms Varga", "Varga"}};

const std::vector<QuoteCase> kFrench = {
    // An inverted pronoun after the quotation: the institution opening its sentence, even
    // when a person was named before it.
    {"Le musée employait M. Renaud. Le Comité des libertés a choisi de rejoindre la "
     "procédure afin que «toute la lumière soit faite», a-t-il indiqué jeudi dans un communiqué.",
     {kRenaud, kCentre},
     "toute la lumière soit faite",
     "partial",
     "Comité des libertés",
     "a-t-il indiqué",
     "",
     "fr.quote-then-inverted-verb"},
    {"Mme Saulnier a porté plainte. La Ligue des droits a annoncé un recours pour que «la loi "
     "soit appliquée», a-t-elle précisé dans un communiqué.",
     {kSaulnier, kLigue},
     "la loi soit appliquée",
     "partial",
     "Ligue des droits",
     "a-t-elle précisé",
     "",
     "fr.quote-then-inverted-verb"},
    {"L'Association des riverains avait déposé plainte contre un projet «dangereux pour les "
     "enfants», avait-elle expliqué.",
     {kRiverains},
     "dangereux pour les enfants",
     "partial",
     "Association des riverains",
     "avait-elle expliqué",
     "",
     "fr.quote-then-inverted-verb"},
    {"M. Renaud a déposé une offre. Le syndicat l'a rejetée, la jugeant «insuffisante», "
     "a-t-il expliqué mardi.",
     {kRenaud},
     "insuffisante",
     "partial",
     "Le syndicat",
     "a-t-il expliqué",
     "",
     "fr.quote-then-inverted-verb"},
    // The sentence before, in the same paragraph, when the quotation opens its own.
    {"Mme Saulnier a perdu son procès. La Ligue des droits fera appel. «La décision est "
     "injuste», estime-t-elle.",
     {kSaulnier, kLigue},
     "La décision est injuste",
     "direct",
     "Ligue des droits",
     "estime-t-elle",
     "",
     "fr.quote-then-inverted-verb"},
    // A person named in between, a gender that clashes, a person opening the sentence: the
    // pronoun stays a person's.
    {"La Ligue des droits a reçu Mme Saulnier. «La décision est injuste», a-t-elle ajouté.",
     {kLigue, kSaulnier},
     "La décision est injuste",
     "direct",
     "Agathe Saulnier",
     "a-t-elle ajouté",
     "",
     "fr.quote-then-inverted-verb"},
    {"Mme Saulnier a porté plainte. Le Comité des libertés a examiné le dossier. «Nous irons "
     "en appel», a-t-elle ajouté.",
     {kSaulnier, kCentre},
     "Nous irons en appel",
     "direct",
     "Agathe Saulnier",
     "a-t-elle ajouté",
     "",
     "fr.quote-then-inverted-verb"},
    {"M. Renaud a quitté la Ligue des droits pour que «tout soit clair», a-t-il expliqué.",
     {kRenaud, kLigue},
     "tout soit clair",
     "partial",
     "Paul Renaud",
     "a-t-il expliqué",
     "",
     "fr.quote-then-inverted-verb"},
    // "selon", "d'après", "pour": an organization behind its article.
    {"Selon la CGT, la hausse des salaires reste «la première revendication».",
     {kCgt},
     "la première revendication",
     "partial",
     "CGT",
     "Selon",
     "",
     "fr.according-to"},
    {"D'après l'Unédic, «le chômage a nettement reculé».",
     {kUnedic},
     "le chômage a nettement reculé",
     "direct",
     "Unédic",
     "D'après",
     "",
     "fr.according-to"},
    {"Pour la CGT, «la réforme va trop loin».",
     {kCgt},
     "la réforme va trop loin",
     "direct",
     "CGT",
     "Pour",
     "",
     "fr.according-to"},
    // "on" speaks for the institution its sentence places it in, behind "à" and an article.
    {"«Le match est reporté», nous a-t-on confirmé dimanche à la préfecture de police du Nord.",
     {},
     "Le match est reporté",
     "direct",
     "la préfecture de police du Nord",
     "a-t-on confirmé",
     "",
     "fr.quote-then-inverted-verb"},
    {"«Le match est maintenu», assure-t-on à la CGT.",
     {kCgt},
     "Le match est maintenu",
     "direct",
     "CGT",
     "assure-t-on",
     "",
     "fr.quote-then-inverted-verb"},
    {"«Rien n'est signé», a-t-on indiqué à la veille du match.",
     {},
     "Rien n'est signé",
     "direct",
     "",
     "a-t-on indiqué",
     "",
     ""},
    // "on" names nobody here, and a purpose clause is nobody's view.
    {"La CGT a appelé à la grève. «Rien n'est réglé», a-t-on indiqué.",
     {kCgt},
     "Rien n'est réglé",
     "direct",
     "",
     "a-t-on indiqué",
     "",
     ""},
    {"Il faudra «un geste fort» pour que la CGT signe.",
     {kCgt},
     "un geste fort",
     "partial",
     "",
     "",
     "",
     ""},
};

const std::vector<QuoteCase> kEnglish = {
    {"The museum hired Mark Hill. The Equality Center joined the case so that \"the motive is "
     "recognized,\" it said on Monday in a statement.",
     {kHill, kCenter},
     "the motive is recognized,",
     "partial",
     "Equality Center",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {"The Harbor Authority will appeal the ruling. \"The decision is unfair,\" it said.",
     {kAuthority},
     "The decision is unfair,",
     "direct",
     "Harbor Authority",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {"The Harbor Authority hired Mark Hill. \"The decision is unfair,\" he said.",
     {kAuthority, kHill},
     "The decision is unfair,",
     "direct",
     "Mark Hill",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {"Ms Varga left the Harbor Authority so that \"things are clear,\" she said.",
     {kVarga, kAuthority},
     "things are clear,",
     "partial",
     "Lina Varga",
     "said",
     "",
     "en.quote-then-subject-verb"},
    // "the news outlet", "the news network": the medium named before, which speaks when
    // nobody else does.
    {"An official spoke to Coastline Radio on Monday. The rule applies \"when people lie to "
     "agents,\" according to the news outlet.",
     {kCoastline},
     "when people lie to agents,",
     "partial",
     "Coastline Radio",
     "according to",
     "",
     "en.source-as-speaker"},
    {"According to the NAACP, wages remain \"far too low.\"",
     {kNaacp},
     "far too low.",
     "partial",
     "NAACP",
     "According to",
     "",
     "en.according-to"},
};

} // namespace

TEST_CASE("French families of organizations as speakers", "[quotes][fr]") {
    run_quote_cases("fr", kFrench);
}

TEST_CASE("English families of organizations as speakers", "[quotes][en]") {
    run_quote_cases("en", kEnglish);
}
