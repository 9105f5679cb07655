// Table-driven rows per family of names read from their shape and their neighbours: the
// sides of a sports fixture ("OM - Rennes"), the page or group named after a social network
// ("la page Facebook X"), and English names opened by a compass adjective ("Western X").
// Rows that must stay as they are too. Sentences written for these tests, in wire style,
// with invented names.

#include "actors/entity_test_support.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using whosaid::test::describe_all;
using whosaid::test::recognize_entities;

namespace {

struct ShapeRow {
    const char* language;
    const char* text;
    std::vector<std::string> expected; // "kind|name|mention:form,...", in order of first mention
};

void check_rows(const std::vector<ShapeRow>& rows) {
    for (const ShapeRow& row : rows) {
        DYNAMIC_SECTION(row.text) {
            const Document doc = recognize_entities(row.text, row.language);
            CHECK(describe_all(doc) == row.expected);
        }
    }
}

} // namespace

TEST_CASE("the cities of a fixture beside a club are clubs", "[entities][families]") {
    check_rows({
        // Spaced dashes, fixtures listed together: one club makes clubs of every city.
        {"fr",
         "Les rencontres OM - Rennes et Lille - Nantes ont été reportées.",
         {"organization|OM|OM:acronym", "organization|Rennes|Rennes:name",
          "organization|Lille|Lille:name", "organization|Nantes|Nantes:name"}},
        // The same list written as words with a hyphen inside, as headlines do.
        {"fr",
         "OM-Rennes et Lille-Nantes reportés",
         {"organization|OM|OM:acronym", "organization|Rennes|Rennes:name",
          "organization|Lille|Lille:name", "organization|Nantes|Nantes:name"}},
        {"en",
         "The Juventus – Leeds match was postponed on Sunday.",
         {"organization|Juventus|Juventus:name", "organization|Leeds|Leeds:name"}},
        {"en",
         "The Leeds-Juventus match was postponed on Sunday.",
         {"organization|Leeds|Leeds:name", "organization|Juventus|Juventus:name"}},
        // Cities alone are a route; a country beside an organization names no club.
        {"fr",
         "Le vol Lille - Nantes a été annulé samedi.",
         {"place|Lille|Lille:name", "place|Nantes|Nantes:name"}},
        {"fr",
         "Le dialogue Russie - OTAN reprendra lundi.",
         {"place|Russie|Russie:name", "organization|OTAN|OTAN:acronym"}},
        {"fr",
         "La trêve Israël-Hamas tient depuis lundi.",
         {"place|Israël|Israël:name", "organization|Hamas|Hamas:name"}},
    });
}

TEST_CASE("a page or group on a social network is an organization", "[entities][families]") {
    check_rows({
        {"fr",
         "La page Facebook Sauvons le Vieux Port compte 3 000 membres.",
         {"media|Facebook|Facebook:name",
          "organization|Sauvons le Vieux Port|Sauvons le Vieux Port:name"}},
        {"fr",
         "Le groupe Facebook Parents en Colère de Vannes a appelé à manifester.",
         {"media|Facebook|Facebook:name",
          "organization|Parents en Colère de Vannes|Parents en Colère de Vannes:name"}},
        {"en",
         "The Facebook page Harbour Watch Devon has 4,000 followers.",
         {"media|Facebook|Facebook:name",
          "organization|Harbour Watch Devon|Harbour Watch Devon:name"}},
        {"en",
         "The Facebook group Save Our Pier called a rally.",
         {"media|Facebook|Facebook:name", "organization|Save Our Pier|Save Our Pier:name"}},
        // A person's own page: the name is the person's.
        {"fr",
         "Sur sa page Facebook, Marc Roy a démenti. Sur sa page Facebook Marc Roy a démenti.",
         {"media|Facebook|Facebook:name,Facebook:name", "person|Marc Roy|Marc Roy:name,Marc "
                                                        "Roy:name"}},
        {"fr", "Sur sa page Facebook personnelle, il a démenti.", {"media|Facebook|Facebook:name"}},
    });
}

TEST_CASE("a compass adjective opens no person's name", "[entities][families]") {
    check_rows({
        {"en",
         "As reported by Western Ledger, the mayor resigned on Friday.",
         {"organization|Western Ledger|Western Ledger:name"}},
        {"en",
         "Eastern Courier said the mayor resigned on Friday.",
         {"organization|Eastern Courier|Eastern Courier:name"}},
        // In a role's complement, the adjective and the name word after it are one body.
        {"en",
         "He was attorney for the Southern District of Ohio until 2010.",
         {"organization|Southern District|Southern District:name", "place|Ohio|Ohio:name"}},
        // A place stays a place.
        {"en",
         "She grew up in Western Australia.",
         {"place|Western Australia|Western Australia:name"}},
    });
}

TEST_CASE("a Dutch particle run that English writes as words stays inside the name",
          "[entities][families]") {
    check_rows({
        // A preposition and the elided article open the particles: the whole name is read,
        // and a later mention that opens on the particles is the same person.
        {"en",
         "Dutch lawmaker Marieke in 't Hout voted no. Later, in 't Hout said the deal was dead.",
         {"person|Marieke in 't Hout|Dutch lawmaker:description,Marieke in 't Hout:name,in 't "
          "Hout:surname"}},
        {"en",
         "Pieter op de Beeck chairs the panel. The panel, op de Beeck said, will meet on Monday.",
         {"person|Pieter op de Beeck|Pieter op de Beeck:name,op de Beeck:surname"}},
        {"en",
         "Ruud van het Hof disagreed, and van het Hof wrote to the board.",
         {"person|Ruud van het Hof|Ruud van het Hof:name,van het Hof:surname"}},
        {"fr",
         "La députée Anouk van 't Riet a voté contre. Selon van 't Riet, le texte est mort.",
         {"person|Anouk van 't Riet|Anouk van 't Riet:name,van 't Riet:surname"}},
        {"en",
         "Lawyer Hans vom Bruch filed the appeal on Friday; vom Bruch declined to comment.",
         {"person|Hans vom Bruch|Hans vom Bruch:name,vom Bruch:surname"}},
        // Each preposition that opens a run: "uit", "aan", "auf"; one ending a sentence opens
        // nothing.
        {"en",
         "Koen uit den Bosch will chair the talks, uit den Bosch told the council.",
         {"person|Koen uit den Bosch|Koen uit den Bosch:name,uit den Bosch:surname"}},
        {"fr",
         "Le maire Wim aan de Meer a démissionné, selon aan de Meer lui-même.",
         {"person|Wim aan de Meer|Wim aan de Meer:name,aan de Meer:surname"}},
        {"en",
         "Lena auf der Mauer resigned, and auf der Mauer said she was tired.",
         {"person|Lena auf der Mauer|Lena auf der Mauer:name,auf der Mauer:surname"}},
        {"en", "Nobody was let in. De Vries left.", {"person|De Vries|De Vries:name"}},
        // The words stay words outside such a run: "in" before a name or a place, and "in
        // de" (English), which opens no Dutch run.
        {"en",
         "Talks with Tom Reese in Denver ended in a deal.",
         {"person|Tom Reese|Tom Reese:name", "place|Denver|Denver:name"}},
        {"en", "The board met in de Wit's absence.", {"person|Wit|Wit:surname"}},
    });
}
