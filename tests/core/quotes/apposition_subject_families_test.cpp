// Table-driven cases for a subject separated from its verb by an apposition between commas
// (SpeakerPhraseFinder::before_apposition): "Cette dernière, petit gabarit et voix ferme, a
// confirmé", "The latter, a veteran of three campaigns, said". The apposition is no speaker;
// the phrase before it is. Rows that must keep their reading (a name in apposition, a
// description subject, a fronted place and an inverted subject) come with the family. Every
// row was written for this table.
#include "quote_case_runner.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kVasseur{
    "Claire Vasseur", EntityKind::Person, Gender::Feminine, {"Claire Vasseur"}};
const EntityFixture kQuere{"Alain Quéré", EntityKind::Person, Gender::Masculine, {"Alain Quéré"}};
const EntityFixture kVidal{"Marc Vidal", EntityKind::Person, Gender::Masculine, {"Marc Vidal"}};
const EntityFixture kLedru{"Sophie Ledru", EntityKind::Person, Gender::Feminine, {"Sophie Ledru"}};
const EntityFixture kJardin{"Paul Jardin", EntityKind::Person, Gender::Masculine, {"Paul Jardin"}};
const EntityFixture kRennes{"Rennes", EntityKind::Place, Gender::Unknown, {"Rennes"}};
const EntityFixture kCalder{"Ruth Calder", EntityKind::Person, Gender::Feminine, {"Ruth Calder"}};
const EntityFixture kPrice{"Tom Price", EntityKind::Person, Gender::Masculine, {"Tom Price"}};

} // namespace

TEST_CASE("a subject before an apposition speaks (French)", "[quotes][apposition-subject]") {
    run_speaker_cases(
        "fr",
        {
            {"La juge Claire Vasseur a reçu les avocats lundi. Cette dernière, petit gabarit et "
             "voix ferme, a confirmé : «Le procès aura lieu en mars.»",
             {kVasseur},
             "Le procès aura lieu en mars.",
             "Claire Vasseur"},
            {"Le préfet Alain Quéré est arrivé mardi sur la digue. Ce dernier, visiblement ému, "
             "a déclaré que «la route rouvrira avant l'hiver».",
             {kQuere},
             "la route rouvrira avant l'hiver",
             "Alain Quéré"},
            {"Le pompier Marc Vidal est arrivé le premier. Ce dernier, arrivé sur place vers 22 "
             "heures, raconte que «le toit s'effondrait déjà».",
             {kVidal},
             "le toit s'effondrait déjà",
             "Marc Vidal"},
            {"L'avocate Sophie Ledru a plaidé la relaxe. Cette dernière, robe noire et dossier "
             "épais, avait prévenu : «Mon client est innocent.»",
             {kLedru},
             "Mon client est innocent.",
             "Sophie Ledru"},
            {"La juge Claire Vasseur a suspendu l'audience. Cette dernière, d'ordinaire si "
             "calme, a prévenu : «Je ferai évacuer la salle.»",
             {kVasseur},
             "Je ferai évacuer la salle.",
             "Claire Vasseur"},
            // A description subject keeps its reading; the apposition never speaks.
            {"Le commandant, un ancien des forces spéciales, a expliqué que «l'assaut a duré "
             "dix minutes».",
             {},
             "l'assaut a duré dix minutes",
             "Le commandant"},
            {"La présidente, élue depuis 2019 et candidate à sa succession, a affirmé : «Le "
             "budget est tenu.»",
             {},
             "Le budget est tenu.",
             "La présidente"},
            // A name in apposition is the speaker.
            {"Le maire Paul Jardin a ouvert la séance. Le maire, Paul Jardin, a affirmé : «Le "
             "budget est tenu.»",
             {kJardin},
             "Le budget est tenu.",
             "Paul Jardin"},
            // Fronted phrases before an inverted subject: a place is where, not who.
            {"Le maire Paul Jardin a ouvert la séance. Lundi, à Rennes, devant la presse, a "
             "déclaré le préfet : «Rien n'est décidé.»",
             {kJardin, kRennes},
             "Rien n'est décidé.",
             "le préfet"},
        });
}

TEST_CASE("a subject before an apposition speaks (English)", "[quotes][apposition-subject]") {
    run_speaker_cases(
        "en",
        {
            {"Senator Ruth Calder and Mayor Tom Price spoke on Monday. The latter, a veteran of "
             "three campaigns, said: \"We will not back down.\"",
             {kCalder, kPrice},
             "We will not back down.",
             "Tom Price"},
            {"Mayor Tom Price and Senator Ruth Calder spoke on Monday. The latter, visibly "
             "tired, told reporters: \"We will rule in March.\"",
             {kPrice, kCalder},
             "We will rule in March.",
             "Ruth Calder"},
            {"The commander, a veteran of two wars, said the assault \"lasted ten minutes.\"",
             {},
             "lasted ten minutes.",
             "The commander"},
        });
}
