// Table-driven cases for speakers a narrative sentence introduces (issue #15): the subject
// of a speech verb in a sentence without quotation marks takes the floor for the quotation
// that follows ("Un voisin raconte que … «…», a-t-il ajouté"; ReporterFloor), an English
// medium or institution that reports for "it" ("…, the paper said. "…," it added"); a collective
// speaker reads as written ("selon des pompiers", "according to firefighters"); a verb that
// only says something goes on reports no words ("a continué à creuser", "continued to
// dig"); and a document named again speaks for whoever issued it ("selon ce texte", "the
// letter said"; DocumentAuthor). Rows that must keep their speaker or stay as they were
// come with each family. Every row was written for this table.
#include "quote_case_runner.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kLeroy{"Marc Leroy", EntityKind::Person, Gender::Masculine, {"Marc Leroy"}};
const EntityFixture kQuemener{
    "Loïc Quéméner", EntityKind::Person, Gender::Masculine, {"Loïc Quéméner"}};
const EntityFixture kAldaya{"Kim Aldaya", EntityKind::Person, Gender::Unknown, {"Kim Aldaya"}};
const EntityFixture kArmor{
    "Armor Transports", EntityKind::Organization, Gender::Unknown, {"Armor Transports"}};
const EntityFixture kLee{"Mark Lee", EntityKind::Person, Gender::Masculine, {"Mark Lee"}};
const EntityFixture kHale{"Ann Hale", EntityKind::Person, Gender::Feminine, {"Ann Hale"}};
const EntityFixture kDross{"Tom Dross", EntityKind::Person, Gender::Masculine, {"Tom Dross"}};
const EntityFixture kOkafor{"Sam Okafor", EntityKind::Person, Gender::Unknown, {"Sam Okafor"}};
const EntityFixture kLedger{
    "The Daily Ledger", EntityKind::Media, Gender::Unknown, {"The Daily Ledger", "Daily Ledger"}};
const EntityFixture kRoy{"Paul Roy", EntityKind::Person, Gender::Masculine, {"Paul Roy"}};
const EntityFixture kQuotidien{
    "Le Quotidien du Nord", EntityKind::Media, Gender::Unknown, {"Le Quotidien du Nord"}};

} // namespace

TEST_CASE("a narrative speech verb gives its subject the floor (French)",
          "[quotes][reporter-floor]") {
    run_speaker_cases(
        "fr", {
                  {"Un incendie a ravagé une maison de Quimper. Une infirmière du quartier raconte "
                   "que les flammes ont surpris Marc Leroy pendant son sommeil. «Il a appelé à "
                   "l'aide», a-t-elle confié.",
                   {kLeroy},
                   "Il a appelé à l'aide",
                   "Une infirmière du quartier"},
                  {"Un incendie a ravagé une maison de Quimper. Un voisin explique que Marc Leroy "
                   "dormait à l'étage. «Il n'a rien entendu», a-t-il ajouté.",
                   {kLeroy},
                   "Il n'a rien entendu",
                   "Un voisin"},
                  {"Un incendie a ravagé une maison de Quimper. Le feu a pris dans le garage, a "
                   "expliqué un pompier. «Le toit s'est effondré en dix minutes», a-t-il ajouté.",
                   {},
                   "Le toit s'est effondré en dix minutes",
                   "un pompier"},
                  {"Un incendie a ravagé une maison de Quimper. Des pompiers expliquent que le feu "
                   "est parti du garage. «Deux enfants étaient coincés», ont-ils précisé.",
                   {},
                   "Deux enfants étaient coincés",
                   "Des pompiers"},
                  {"Un incendie a ravagé une maison de Quimper. Selon des riverains, le feu a pris "
                   "vers minuit. «Nous avons entendu des cris», ont-elles raconté.",
                   {},
                   "Nous avons entendu des cris",
                   "des riverains"},
                  // A person of unknown gender who reports words in the sentence before is the
                  // likeliest antecedent, over a man named earlier.
                  {"Loïc Quéméner dirige la criée depuis dix ans. «Le port vit de la pêche», dit "
                   "Loïc Quéméner.\n\nAu port, le patron du chalutier, Kim Aldaya, admet que la "
                   "saison a été rude.\n\n«Nous avons perdu trois semaines de mer», déclare-t-il.",
                   {kQuemener, kAldaya},
                   "Nous avons perdu trois semaines de mer",
                   "Kim Aldaya"},
                  // A person named in narrative after the reporter takes the pronoun back.
                  {"Un incendie a ravagé une maison de Quimper. Un voisin raconte que les flammes "
                   "ont surpris Marc Leroy. Marc Leroy est sorti par la fenêtre. «Je n'ai rien vu "
                   "venir», a-t-il ajouté.",
                   {kLeroy},
                   "Je n'ai rien vu venir",
                   "Marc Leroy"},
                  // A passive verb's subject is who the words were about: it takes no floor.
                  {"Un incendie a ravagé une maison de Quimper. Un voisin a été cité par la mairie "
                   "pour son courage. «Je n'ai fait que mon devoir», a-t-il déclaré.",
                   {},
                   "Je n'ai fait que mon devoir",
                   ""},
              });
}

TEST_CASE("a narrative speech verb gives its subject the floor (English)",
          "[quotes][reporter-floor]") {
    run_speaker_cases(
        "en",
        {
            {"A fire destroyed a house in Dover. A neighbor said the flames caught Mark Lee "
             "in his sleep. \"He called for help,\" she added.",
             {kLee},
             "He called for help,",
             "A neighbor"},
            {"A fire destroyed a house in Dover. Several firefighters said the blaze started "
             "in the garage. \"The roof collapsed within minutes,\" they added.",
             {},
             "The roof collapsed within minutes,",
             "Several firefighters"},
            {"A fire destroyed a house in Dover. The blaze started in the garage, a "
             "firefighter said. \"The roof collapsed within minutes,\" he added.",
             {},
             "The roof collapsed within minutes,",
             "a firefighter"},
            {"Tom Dross has run the fish market for ten years. \"The port lives on fishing,\" "
             "Tom Dross said.\n\nAt the harbor, the trawler's skipper, Sam Okafor, admits the "
             "season was hard.\n\n\"We lost three weeks at sea,\" he said.",
             {kDross, kOkafor},
             "We lost three weeks at sea,",
             "Sam Okafor"},
            {"A fire destroyed a house in Dover. A neighbor said the flames caught Mark Lee. "
             "Mark Lee escaped through a window. \"I never saw it coming,\" he said.",
             {kLee},
             "I never saw it coming,",
             "Mark Lee"},
        });
}

TEST_CASE("a collective speaker reads as written after selon or according to",
          "[quotes][reporter-floor]") {
    run_speaker_cases("fr", {
                                {"«Le feu est parti du garage», selon des pompiers.",
                                 {},
                                 "Le feu est parti du garage",
                                 "des pompiers"},
                                {"«Le feu est parti du garage», selon trois gendarmes.",
                                 {},
                                 "Le feu est parti du garage",
                                 "trois gendarmes"},
                                {"«La salle était comble», d'après des infirmières.",
                                 {},
                                 "La salle était comble",
                                 "des infirmières"},
                                {"«Le service manque de lits», selon une infirmière.",
                                 {},
                                 "Le service manque de lits",
                                 "une infirmière"},
                            });
    run_speaker_cases("en", {
                                {"\"The fire started in the garage,\" according to firefighters.",
                                 {},
                                 "The fire started in the garage,",
                                 "firefighters"},
                                {"\"The ward is short of beds,\" according to a nurse.",
                                 {},
                                 "The ward is short of beds,",
                                 "a nurse"},
                            });
}

TEST_CASE("a verb followed by an infinitive only says something goes on",
          "[quotes][reporter-floor]") {
    run_speaker_cases(
        "fr", {
                  {"Mais le groupe a continué à creuser «des centaines de galeries» depuis un an, "
                   "d'après d'anciens gendarmes.",
                   {},
                   "des centaines de galeries",
                   "d'anciens gendarmes"},
                  {"La mairie continue de réclamer «des moyens», selon des enseignants.",
                   {},
                   "des moyens",
                   "des enseignants"},
                  // Without an infinitive the verb still reports.
                  {"«Rien n'est joué», a continué le maire.", {}, "Rien n'est joué", "le maire"},
              });
    run_speaker_cases(
        "en", {
                  {"The group continued to dig \"hundreds of tunnels\" last year, according to "
                   "firefighters.",
                   {},
                   "hundreds of tunnels",
                   "firefighters"},
                  {"\"Nothing is settled,\" the mayor continued.",
                   {},
                   "Nothing is settled,",
                   "the mayor"},
              });
}

TEST_CASE("a document named again speaks for whoever issued it", "[quotes][reporter-floor]") {
    run_speaker_cases(
        "fr",
        {
            {"Le maire de Quimper a été hospitalisé, a indiqué sa famille dans un communiqué. "
             "Son état «reste préoccupant» et il «devra être opéré», selon ce texte.",
             {},
             "devra être opéré",
             "sa famille"},
            {"La société Armor Transports a annoncé dans un communiqué la fermeture du site de "
             "Lorient. «Nous regrettons cette décision», précise le communiqué.",
             {kArmor},
             "Nous regrettons cette décision",
             "Armor Transports"},
            // No sentence before names who issued it: the text speaks as itself.
            {"Les dégâts sont «très importants», selon le communiqué.",
             {},
             "très importants",
             "le communiqué"},
        });
    run_speaker_cases(
        "en", {
                  {"Mayor Ann Hale said in a letter that the plant would close. \"We regret this "
                   "decision,\" the letter said.",
                   {kHale},
                   "We regret this decision,",
                   "Ann Hale"},
                  {"The plant will close in May. \"We regret this decision,\" the letter said.",
                   {},
                   "We regret this decision,",
                   "the letter"},
              });
}

TEST_CASE("an English medium or institution that reports keeps the floor for it",
          "[quotes][reporter-floor]") {
    run_speaker_cases(
        "en",
        {
            {"The Daily Ledger ran an editorial on Monday. Trade was a sore point, the paper "
             "said. \"The minister shares the view of the president\" on most issues, it "
             "observed.",
             {kLedger},
             "The minister shares the view of the president",
             "The Daily Ledger"},
            {"Trade was a sore point, the Daily Ledger wrote on Sunday. \"The talks will fail "
             "without a deal on steel,\" it added.",
             {kLedger},
             "The talks will fail without a deal on steel,",
             "The Daily Ledger"},
            {"The Daily Ledger covered the strike. The newspaper reported that the mines were "
             "closed. \"Nobody expects a deal before May,\" it noted.",
             {kLedger},
             "Nobody expects a deal before May,",
             "The Daily Ledger"},
            {"Talks with the unions would resume in May, the ministry said on Friday. \"Every "
             "proposal remains on the table,\" it added.",
             {},
             "Every proposal remains on the table,",
             "the ministry"},
            {"The border will stay open, the interior ministry has said. \"No new checks are "
             "planned,\" it stressed.",
             {},
             "No new checks are planned,",
             "the interior ministry"},
            // Keep-rows: "he" after a medium reporting is the person reported on; in French a
            // medium reporting is a channel and "il" the person.
            {"Paul Roy resigned on Monday, the Daily Ledger reported. \"I am leaving with my "
             "head high,\" he said.",
             {kRoy, kLedger},
             "I am leaving with my head high,",
             "Paul Roy"},
        });
    run_speaker_cases("fr", {
                                {"Paul Roy a démissionné lundi, rapporte Le Quotidien du Nord. "
                                 "«Je pars la tête haute», a-t-il déclaré.",
                                 {kRoy, kQuotidien},
                                 "Je pars la tête haute",
                                 "Paul Roy"},
                            });
}
