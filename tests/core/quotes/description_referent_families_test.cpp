// Table-driven cases for definite descriptions that speak although the article never writes
// their noun beside the name (issue #15, item 6): a noun describing any holder of a role
// family ("l'élu", "le chef", "the lawmaker") stands for the one person whose known role is
// of that family, or the one named far more often than anyone else holding a role; a
// defendant ("le prévenu", "the defendant") stands for the person a trial story is about.
// A business noun held by no actor ("the airline", "le groupe") stands for the company a
// business story is about. Rows that must stay as written: a gender clash, two holders named as
// often, a specific office ("le ministre") held by nobody, a court role, no person standing above
// the others. Every row was written for this table.
#include "quote_case_runner.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kMayor{"Paul Renaud",
                           EntityKind::Person,
                           Gender::Masculine,
                           {"Paul Renaud", "M. Renaud"},
                           {"maire de Kervignac"}};
const EntityFixture kDeputy{"Agathe Saulnier",
                            EntityKind::Person,
                            Gender::Feminine,
                            {"Agathe Saulnier", "Mme Saulnier"},
                            {"députée"}};
const EntityFixture kMinister{"Yves Kermorvan",
                              EntityKind::Person,
                              Gender::Masculine,
                              {"Yves Kermorvan", "M. Kermorvan"},
                              {"ministre de la Mer"}};
const EntityFixture kDefendant{
    "Loïc Tanguy", EntityKind::Person, Gender::Masculine, {"Loïc Tanguy", "Tanguy"}};
const EntityFixture kWitness{
    "Marc Olier", EntityKind::Person, Gender::Masculine, {"Marc Olier", "Olier"}};
const EntityFixture kSenator{
    "Ruth Hale", EntityKind::Person, Gender::Feminine, {"Ruth Hale", "Hale"}, {"senator"}};
const EntityFixture kGovernor{
    "Dan Corley", EntityKind::Person, Gender::Masculine, {"Dan Corley", "Corley"}, {"governor"}};
const EntityFixture kAccused{
    "Tessa Moran", EntityKind::Person, Gender::Feminine, {"Tessa Moran", "Moran"}};
const EntityFixture kClerk{"Brian Ladd", EntityKind::Person, Gender::Masculine, {"Brian Ladd"}};
const EntityFixture kSkyline{
    "Skyline Air", EntityKind::Organization, Gender::Unknown, {"Skyline Air", "Skyline"}};
const EntityFixture kAirport{
    "Rennes airport", EntityKind::Organization, Gender::Unknown, {"Rennes airport"}};
const EntityFixture kVoltane{
    "Voltane", EntityKind::Organization, Gender::Unknown, {"Voltane", "Voltane SA"}};
const EntityFixture kUnion{"CFDT", EntityKind::Organization, Gender::Unknown, {"CFDT"}};

// Names the recognizer split out of an organization's name: the tail is no speaker.
const EntityFixture kAshworth{
    "Derek Ashworth", EntityKind::Person, Gender::Masculine, {"Derek Ashworth"}};
const EntityFixture kPlanesTail{"Planes", EntityKind::Person, Gender::Unknown, {"Planes"}};
const EntityFixture kFerrand{
    "Julie Ferrand", EntityKind::Person, Gender::Feminine, {"Julie Ferrand"}};
const EntityFixture kFrontieresTail{
    "Frontières", EntityKind::Person, Gender::Unknown, {"Frontières"}};
const EntityFixture kKerry{"John Kerry", EntityKind::Person, Gender::Masculine, {"John Kerry"}};

// A business story about one company, named four times before the quotation.
const std::string kBusinessEn = "Skyline Air cut ten routes on Monday. Skyline had lost money "
                                "since May, and Skyline Air shares fell. Skyline hired a new "
                                "chief in June. ";
const std::string kBusinessFr = "Voltane a fermé deux usines lundi. Voltane perdait de l'argent "
                                "depuis mai, et Voltane SA a vu son action chuter. Voltane a "
                                "nommé un nouveau patron. ";

// A trial story about one person, named four times before the quotation.
const std::string kTrialFr =
    "Loïc Tanguy comparaissait lundi devant le tribunal. Tanguy avait frappé un voisin. "
    "Selon l'enquête, Tanguy était ivre. Tanguy reconnaît les faits. ";
const std::string kTrialEn =
    "Tessa Moran appeared in court on Monday. Moran had hit a neighbor. Police said Moran "
    "was drunk. Moran admitted the facts. ";

const std::vector<QuoteCase> kFrench = {
    // The elected official of the article is its mayor.
    {"Le maire de Kervignac, Paul Renaud, a fermé les plages. «Les rafales seront violentes», "
     "prévient l'élu.",
     {kMayor},
     "Les rafales seront violentes",
     "direct",
     "Paul Renaud",
     "prévient",
     "",
     "fr.quote-then-inverted-verb"},
    {"Agathe Saulnier a voté contre le texte. «Nous y reviendrons», a assuré mardi soir l'élue "
     "à la sortie de l'hémicycle.",
     {kDeputy},
     "Nous y reviendrons",
     "direct",
     "Agathe Saulnier",
     "a assuré",
     "",
     "fr.quote-then-inverted-verb"},
    {"M. Kermorvan a présenté son plan. «C'est un tournant», avait déclaré le chef du parti.",
     {kMinister},
     "C'est un tournant",
     "direct",
     "Yves Kermorvan",
     "avait déclaré",
     "",
     "fr.quote-then-inverted-verb"},
    {"Paul Renaud a fermé les plages. L'élu a expliqué que «les rafales seront violentes».",
     {kMayor},
     "les rafales seront violentes",
     "direct",
     "Paul Renaud",
     "a expliqué",
     "",
     "fr.speaker-then-verb"},
    // A gender clash: the mayor is no "élue".
    {"Paul Renaud a fermé les plages. «Les rafales seront violentes», prévient l'élue.",
     {kMayor},
     "Les rafales seront violentes",
     "direct",
     "l'élue",
     "prévient",
     "",
     "fr.quote-then-inverted-verb"},
    // Two office holders named as often: nobody stands out.
    {"Paul Renaud et Yves Kermorvan ont visité le port. «Il faut draguer le chenal», a estimé "
     "l'élu.",
     {kMayor, kMinister},
     "Il faut draguer le chenal",
     "direct",
     "l'élu",
     "a estimé",
     "",
     "fr.quote-then-inverted-verb"},
    // A specific office that nobody holds is not the mayor.
    {"Paul Renaud a fermé les plages. «Les rafales seront violentes», a déclaré le ministre.",
     {kMayor},
     "Les rafales seront violentes",
     "direct",
     "le ministre",
     "a déclaré",
     "",
     "fr.quote-then-inverted-verb"},
    // The defendant of a trial story is the person it is about.
    {kTrialFr + "«Je ne voulais pas le blesser», concède le prévenu.",
     {kDefendant, kWitness},
     "Je ne voulais pas le blesser",
     "direct",
     "Loïc Tanguy",
     "concède",
     "",
     "fr.quote-then-inverted-verb"},
    {kTrialFr + "«J'ai perdu la tête», a reconnu à la barre l'accusé.",
     {kDefendant},
     "J'ai perdu la tête",
     "direct",
     "Loïc Tanguy",
     "a reconnu",
     "",
     "fr.quote-then-inverted-verb"},
    // ... never by a court role, nor for a defendant of the other gender.
    {kTrialFr + "«Il y a des règles», a lancé le procureur.",
     {kDefendant},
     "Il y a des règles",
     "direct",
     "le procureur",
     "a lancé",
     "",
     "fr.quote-then-inverted-verb"},
    {kTrialFr + "«Je regrette», a répondu la prévenue.",
     {kDefendant},
     "Je regrette",
     "direct",
     "la prévenue",
     "a répondu",
     "",
     "fr.quote-then-inverted-verb"},
    // The tail of an organization's name ("Médecins Sans Frontières") does not speak.
    {"Julie Ferrand, de l'ONG Médecins Sans Frontières, a déclaré que la situation était "
     "«intenable».",
     {kFerrand, kFrontieresTail},
     "intenable",
     "partial",
     "Julie Ferrand",
     "a déclaré",
     "",
     "fr.partial-in-clause"},
    // Nobody stands above the others: the description stays as written.
    {"Loïc Tanguy et Marc Olier comparaissaient lundi. Tanguy et Olier se connaissaient. «Je "
     "regrette», a dit le prévenu.",
     {kDefendant, kWitness},
     "Je regrette",
     "direct",
     "le prévenu",
     "a dit",
     "",
     "fr.quote-then-inverted-verb"},
    // A business noun held by no actor stands for the company the story is about.
    {kBusinessFr + "«Les commandes reprennent», affirme le groupe.",
     {kVoltane, kUnion},
     "Les commandes reprennent",
     "direct",
     "Voltane",
     "affirme",
     "",
     "fr.quote-then-inverted-verb"},
    {kBusinessFr + "«Nous restons confiants», a fait savoir mardi l'entreprise dans un "
                   "communiqué.",
     {kVoltane},
     "Nous restons confiants",
     "direct",
     "Voltane",
     "a fait savoir",
     "",
     "fr.quote-then-inverted-verb"},
    // ... not when no company stands above the others, nor for a public body.
    {"Voltane et la CFDT ont signé l'accord. «Les commandes reprennent», affirme le groupe.",
     {kVoltane, kUnion},
     "Les commandes reprennent",
     "direct",
     "le groupe",
     "affirme",
     "",
     "fr.quote-then-inverted-verb"},
    {kBusinessFr + "«L'enquête est ouverte», a indiqué le parquet.",
     {kVoltane},
     "L'enquête est ouverte",
     "direct",
     "le parquet",
     "a indiqué",
     "",
     "fr.quote-then-inverted-verb"},
};

const std::vector<QuoteCase> kEnglish = {
    {"Ruth Hale voted against the bill on Tuesday. \"We will be back,\" the lawmaker said.",
     {kSenator},
     "We will be back,",
     "direct",
     "Ruth Hale",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {"Dan Corley signed the budget. \"It is a good day,\" said the Republican leader, smiling.",
     {kGovernor},
     "It is a good day,",
     "direct",
     "Dan Corley",
     "said",
     "",
     "en.quote-then-inverted-verb"},
    // A gender clash, two holders named as often: the description stays.
    {"Ruth Hale voted against the bill. \"We will be back,\" the congressman said.",
     {kSenator},
     "We will be back,",
     "direct",
     "the congressman",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {"Ruth Hale and Dan Corley met on Monday. \"We will be back,\" the lawmaker said.",
     {kSenator, kGovernor},
     "We will be back,",
     "direct",
     "the lawmaker",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {kTrialEn + "\"I lost my temper,\" the defendant told the court.",
     {kAccused, kClerk},
     "I lost my temper,",
     "direct",
     "Tessa Moran",
     "told",
     "",
     "en.quote-then-subject-verb"},
    {kTrialEn + "\"There are rules,\" the prosecutor said.",
     {kAccused},
     "There are rules,",
     "direct",
     "the prosecutor",
     "said",
     "",
     "en.quote-then-subject-verb"},
    // The tail of an organization's name ("Trains Not Planes") does not speak; a title with a
    // lower-case "of" keeps its name.
    {"Derek Ashworth, the head of Trains Not Planes, said the plan was \"long overdue.\"",
     {kAshworth, kPlanesTail},
     "long overdue.",
     "partial",
     "Derek Ashworth",
     "said",
     "",
     "en.partial-in-clause"},
    {"Secretary of State John Kerry said the talks were \"useful.\"",
     {kKerry},
     "useful.",
     "partial",
     "John Kerry",
     "said",
     "",
     "en.partial-in-clause"},
    {kBusinessEn + "\"Safety comes first,\" the airline said in a statement.",
     {kSkyline, kAirport},
     "Safety comes first,",
     "direct",
     "Skyline Air",
     "said in a statement",
     "",
     "en.quote-then-subject-verb"},
    {kBusinessEn + "\"We are on track,\" said the company, which employs 900 people.",
     {kSkyline},
     "We are on track,",
     "direct",
     "Skyline Air",
     "said",
     "",
     "en.quote-then-inverted-verb"},
    {"Skyline Air and Rennes airport signed a deal. \"Safety comes first,\" the airline said.",
     {kSkyline, kAirport},
     "Safety comes first,",
     "direct",
     "the airline",
     "said",
     "",
     "en.quote-then-subject-verb"},
    {kBusinessEn + "\"The inquiry is open,\" the police said.",
     {kSkyline},
     "The inquiry is open,",
     "direct",
     "the police",
     "said",
     "",
     "en.quote-then-subject-verb"},
};

} // namespace

TEST_CASE("French descriptions standing for the article's person", "[quotes][fr]") {
    run_quote_cases("fr", kFrench);
}

TEST_CASE("English descriptions standing for the article's person", "[quotes][en]") {
    run_quote_cases("en", kEnglish);
}
