// Table-driven rows per family of actor errors: words that are no names, kinds read from
// their context, names with lower-case inner words, merging checked by given names and
// honorifics. Sentences written for these tests, in wire style, with invented names.

#include "actors/entity_test_support.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using whosaid::test::describe_all;
using whosaid::test::recognize_entities;

namespace {

struct FamilyRow {
    const char* language;
    const char* text;
    std::vector<std::string> expected; // "kind|name|mention:form,...", in order of first mention
};

void check_rows(const std::vector<FamilyRow>& rows) {
    for (const FamilyRow& row : rows) {
        DYNAMIC_SECTION(row.text) {
            const Document doc = recognize_entities(row.text, row.language);
            CHECK(describe_all(doc) == row.expected);
        }
    }
}

} // namespace

TEST_CASE("demonyms and words for groups of people are no names", "[entities][families]") {
    check_rows({
        {"fr", "Les Lyonnais et les Toulousaines ont défilé samedi.", {}},
        {"fr", "Des Québécois étaient venus en car.", {}},
        {"fr", "Plusieurs Juifs et Musulmans ont prié ensemble.", {}},
        {"fr", "Le Franco-Marocain de 32 ans a été relâché.", {}},
        {"fr", "Les Bruxellois votent dimanche.", {}},
        // Inhabitants of any town, by the shape of the word after a plural article.
        {"fr", "Les Bavinchovois et des Marchelieusiens ont voté.", {}},
        {"fr", "Les Verts ont voté contre.", {"organization|Verts|Verts:name"}},
        {"en", "Muslims and Christians gathered near the mosque.", {}},
        {"en", "Several Evangelicals and a Catholic voted against the bill.", {}},
        {"en", "The Franco-German proposal was shelved.", {}},
        {"en", "Parisians and Londoners queued for hours.", {}},
        // A demonym is no name, but the name after it still is.
        {"fr", "Le Lyonnais Paul Verdier a été élu.", {"person|Paul Verdier|Paul Verdier:name"}},
        {"en", "Republican Senator Jo Whitaker voted no.", {"person|Jo Whitaker|Jo Whitaker:name"}},
    });
}

TEST_CASE("capitalized common words need evidence", "[entities][families]") {
    check_rows({
        // Written in lower case elsewhere in the article: a common noun.
        {"fr", "Marché couvert fermé. Le marché rouvrira lundi.", {}},
        {"fr", "Pacte signé. Le pacte engage les deux villes.", {}},
        {"en", "Bridge closed. The bridge reopens on Monday.", {}},
        // A clause the sentence spans missed: after an ellipsis, after a glued full stop.
        {"fr", "Ils ont couru… Preuve que rien n'était prévu.", {}},
        {"fr", "La foule est partie.Arrivés trop tard, les renforts ont attendu.", {}},
        // Roman numerals and units after a number.
        {"fr", "L'acte IX de la mobilisation a eu lieu samedi.", {}},
        {"fr", "Le billet coûte 20 DA de plus qu'avant.", {}},
        {"en", "The plant produces 300 MW of power.", {}},
        // A headline of capitalized words: only names met elsewhere, or with a given name.
        {"en", "Mayor Wins Vote Again Despite Protest\n\nThe council met on Monday.", {}},
        {"en",
         "Anna Kowalczyk Says Deal Is Done\n\nThe agreement was signed.",
         {"person|Anna Kowalczyk|Anna Kowalczyk:name"}},
        // Acronyms of common nouns.
        {"fr", "Le SMIC augmentera, selon le JT de 20 heures.", {}},
    });
}

TEST_CASE("kind from context: places", "[entities][families]") {
    check_rows({
        {"fr", "Les habitants de Volmerange ont manifesté.", {"place|Volmerange|Volmerange:name"}},
        {"fr",
         "Le train de Bessonville arrive à 8 heures.",
         {"place|Bessonville|Bessonville:name"}},
        {"fr",
         "Ils sont venus de Trélazé et de Cholmont.",
         {"place|Trélazé|Trélazé:name", "place|Cholmont|Cholmont:name"}},
        {"fr",
         "Le trajet de Kerbrat jusqu'à Alger dure une heure.",
         {"place|Kerbrat|Kerbrat:name", "place|Alger|Alger:name"}},
        {"fr",
         "Le dépôt a été évacué à Tertrelin (Ardevoie).",
         {"place|Tertrelin|Tertrelin:name", "place|Ardevoie|Ardevoie:name"}},
        {"fr", "Le maire de Vauxclaire a démissionné.", {"place|Vauxclaire|Vauxclaire:name"}},
        {"fr",
         "Les communes concernées sont Ligneuil, Bordes et Dijon.",
         {"place|Ligneuil|Ligneuil:name", "place|Bordes|Bordes:name", "place|Dijon|Dijon:name"}},
        {"fr",
         "Il vit à Sainte-Colombe-des-Bois.",
         {"place|Sainte-Colombe-des-Bois|Sainte-Colombe-des-Bois:name"}},
        {"fr",
         "La Teste-de-Morlan a fermé ses plages.",
         {"place|Teste-de-Morlan|Teste-de-Morlan:name"}},
        {"en", "The plane landed at Kalimba on Tuesday.", {"place|Kalimba|Kalimba:name"}},
        {"en", "Residents of Harwick were evacuated.", {"place|Harwick|Harwick:name"}},
        // "la capitale" describes the one capital the text names, of its country if given.
        {"fr",
         "Des heurts ont eu lieu à Paris. La capitale française reste calme.",
         {"place|Paris|Paris:name,capitale française:description"}},
        {"fr",
         "Des heurts ont eu lieu à Paris. La capitale reste calme.",
         {"place|Paris|Paris:name,capitale:description"}},
        {"en",
         "Clashes broke out in Paris. The French capital was calm on Sunday.",
         {"place|Paris|Paris:name,French capital:description"}},
        // Two capitals: a bare "la capitale" is left alone; a wrong country is no match.
        {"fr",
         "Paris et Berlin ont signé. La capitale reste calme.",
         {"place|Paris|Paris:name", "place|Berlin|Berlin:name"}},
        {"fr",
         "Des heurts ont eu lieu à Paris. La capitale belge reste calme.",
         {"place|Paris|Paris:name"}},
        // Rivers are places, article or not.
        {"fr", "La crue du Danube inquiète.", {"place|Danube|Danube:name"}},
        {"en", "Barges sank in the Danube.", {"place|Danube|Danube:name"}},
        {"en",
         "Protesters gathered outside Marlow Tower.",
         {"place|Marlow Tower|Marlow Tower:name"}},
        // Two names after a dative are a person's.
        {"fr",
         "Il a adressé une invitation à Zorvek Lestrade.",
         {"person|Zorvek Lestrade|Zorvek Lestrade:name"}},
        // A surname after "de" is still a person when its full name is in the text.
        {"fr",
         "Paul Verdier a parlé. La proposition de Verdier a été retenue.",
         {"person|Paul Verdier|Paul Verdier:name,Verdier:surname"}},
    });
}

TEST_CASE("known names joined by a hyphen", "[entities][families]") {
    check_rows({
        {"fr",
         "L'autoroute Lille-Bruxelles est fermée.",
         {"place|Lille|Lille:name", "place|Bruxelles|Bruxelles:name"}},
        {"en",
         "The Berlin-Warsaw train was cancelled.",
         {"place|Berlin|Berlin:name", "place|Warsaw|Warsaw:name"}},
        // Beside a club, a city names its club.
        {"fr",
         "Le match PSG-Nantes a été reporté.",
         {"organization|PSG|PSG:acronym", "organization|Nantes|Nantes:name"}},
        // A part that names nothing known keeps the word whole.
        {"fr", "Jean-Marc Lille a parlé.", {"person|Jean-Marc Lille|Jean-Marc Lille:name"}},
    });
}

TEST_CASE("place names with a lower-case head", "[entities][families]") {
    check_rows({
        {"fr",
         "Les manifestants ont remonté le boulevard Delorme.",
         {"place|boulevard Delorme|boulevard Delorme:name"}},
        {"fr",
         "Un rassemblement a eu lieu au square Fontenelle.",
         {"place|square Fontenelle|square Fontenelle:name"}},
        {"fr",
         "La rue de Lisbonne était bloquée près du parc Monteil.",
         {"place|rue de Lisbonne|rue de Lisbonne:name", "place|parc Monteil|parc Monteil:name"}},
        {"fr",
         "Ils ont attendu à la gare Saint-Landry.",
         {"place|gare Saint-Landry|gare Saint-Landry:name"}},
        {"en",
         "Lawmakers left the Palace of Westbury.",
         {"place|Palace of Westbury|Palace of Westbury:name"}},
        // "la place de", "mis en place": no name follows, or the head is not capitalized.
        {"fr", "La police est restée sur place toute la nuit.", {}},
        {"fr", "Le boulevard était désert.", {}},
    });
}

TEST_CASE("organization names with lower-case inner words", "[entities][families]") {
    check_rows({
        {"fr",
         "Le tribunal correctionnel de Lille a rendu son jugement.",
         {"organization|tribunal correctionnel de Lille|tribunal correctionnel de Lille:name"}},
        {"fr",
         "La cour d'assises de Namur siégera lundi.",
         {"organization|cour d'assises de Namur|cour d'assises de Namur:name"}},
        {"fr",
         "La commission des lois du Sénat a voté le texte.",
         {"organization|commission des lois du Sénat|commission des lois du Sénat:name",
          "organization|Sénat|Sénat:name"}},
        {"fr", "La Ligue 1 reprendra en janvier.", {"organization|Ligue 1|Ligue 1:name"}},
        {"fr",
         "Le FC Bessonville a gagné dimanche.",
         {"organization|FC Bessonville|FC Bessonville:name"}},
        // English lower-case institution nouns after a name or a demonym.
        {"en",
         "Members of the European parliament voted on Tuesday.",
         {"organization|European parliament|European parliament:name"}},
        {"en",
         "The United Nations security council met.",
         {"organization|United Nations security council|United Nations security council:name",
          "organization|United Nations|United Nations:name"}},
        {"en", "The parliament voted on Tuesday.", {}},
        {"en",
         "Protesters abused Jane Morrow outside parliament.",
         {"person|Jane Morrow|Jane Morrow:name"}},
        {"en",
         "A French foreign ministry spokesman declined to comment.",
         {"organization|French foreign ministry|French foreign ministry:name"}},
        // A lower-case trigger with no name after it names nothing; "parti" may be a verb.
        {"fr", "Le tribunal correctionnel a rendu son jugement.", {}},
        {"fr", "Il est parti de l'invitation de son frère.", {}},
    });
}

TEST_CASE("kind from context: organizations and texts", "[entities][families]") {
    check_rows({
        // A list takes the one kind its sure names share.
        {"fr",
         "Les boutiques Orvane, Celtane et Marbelle ont été pillées.",
         {"organization|Orvane|Orvane:name", "organization|Celtane|Celtane:name",
          "organization|Marbelle|Marbelle:name"}},
        {"fr", "Un supermarché Dumonteil a été pillé.", {"organization|Dumonteil|Dumonteil:name"}},
        // A comma alone makes no list: "X, Europe coordinator" is an apposition.
        {"en",
         "said Adrian Kessel, Europe coordinator at the institute.",
         {"person|Adrian Kessel|Adrian Kessel:name", "place|Europe|Europe:name"}},
        // Texts are no actors.
        {"fr", "Le Pacte de Marrakech divise les élus.", {}},
        {"en", "Agents looked at Section 1001 of the Espionage Act.", {}},
        {"en", "Former Democratic candidates met on Monday.", {}},
        {"en",
         "Flights left Harwick airport late.",
         {"place|Harwick airport|Harwick airport:name"}},
        // Guardian style: capitals closed by a lower-case "party", also inside a role.
        {"en",
         "The Green Future party gained seats.",
         {"organization|Green Future party|Green Future party:name"}},
        {"en",
         "He was the leader of the Free Northern party until 2010.",
         {"organization|Free Northern party|Free Northern party:name"}},
    });
}

TEST_CASE("kind from context: media", "[entities][families]") {
    check_rows({
        {"fr", "Il s'est exprimé sur Kalima TV mardi.", {"media|Kalima TV|Kalima TV:name"}},
        {"fr", "Selon Rivage FM, la grève continue.", {"media|Rivage FM|Rivage FM:name"}},
        {"fr",
         "Le Journal de Valmont a révélé l'affaire.",
         {"media|Journal de Valmont|Journal de Valmont:name"}},
    });
}

TEST_CASE("roles before a name are mentions of the person", "[entities][families]") {
    check_rows({
        {"fr",
         "Le ministre de l'Intérieur Pierre Lanvin a répondu.",
         {"person|Pierre Lanvin|ministre de l'Intérieur:description,Pierre Lanvin:name"}},
        {"fr",
         "La ministre flamande Els Wouters refuse.",
         {"person|Els Wouters|ministre flamande:description,Els Wouters:name"}},
        {"en",
         "Finance Minister Ann Lerner spoke first.",
         {"person|Ann Lerner|Finance Minister:description,Ann Lerner:name"}},
        // A court's lower-case complement belongs to the role, so the name after the comma
        // is reached, and "la présidente" later describes her.
        {"fr",
         "La présidente de la cour d'assises, Claire Vernet, a parlé. La présidente a ensuite "
         "levé l'audience.",
         {"person|Claire Vernet|présidente de la cour d'assises:description,Claire "
          "Vernet:name,présidente:description"}},
        // A bare title is the name's title only.
        {"fr", "Le président Paul Verdier a parlé.", {"person|Paul Verdier|Paul Verdier:name"}},
        {"fr",
         "Le ministre de l'Economie Bruno Le Garrec a parlé.",
         {"person|Bruno Le Garrec|ministre de l'Economie:description,Bruno Le Garrec:name"}},
    });
}

TEST_CASE("acronyms join the name whose initials they are", "[entities][families]") {
    check_rows({
        {"en",
         "The Northern Mining Council met on Monday. The NMC said talks would resume.",
         {"organization|Northern Mining Council|Northern Mining Council:name,NMC:acronym"}},
        {"fr",
         "La Fédération des pêcheurs du Ponant a protesté. Selon la FPP, rien n'est réglé.",
         {"organization|Fédération des pêcheurs du Ponant|Fédération des pêcheurs du "
          "Ponant:name,FPP:acronym"}},
        // Initials of nothing in the text: the acronym stays alone.
        {"en",
         "The Northern Mining Council met on Monday. The KMC said nothing.",
         {"organization|Northern Mining Council|Northern Mining Council:name",
          "organization|KMC|KMC:acronym"}},
    });
}

TEST_CASE("merging checks given names and honorifics", "[entities][families]") {
    check_rows({
        {"fr",
         "M. Okonjo a parlé, puis Mme Okonjo a répondu.",
         {"person|Okonjo|M. Okonjo:title", "person|Okonjo|Mme Okonjo:title"}},
        {"en",
         "Mr. Harlow left before Mrs. Harlow arrived.",
         {"person|Harlow|Mr. Harlow:title", "person|Harlow|Mrs. Harlow:title"}},
        // Two given names with one surname are two people; the bare surname is ambiguous.
        {"fr",
         "Paul Verdier et Claire Verdier sont arrivés. Verdier a parlé.",
         {"person|Paul Verdier|Paul Verdier:name", "person|Claire Verdier|Claire Verdier:name"}},
        {"en",
         "Tom Becker met Lisa Becker. Becker declined to comment.",
         {"person|Tom Becker|Tom Becker:name", "person|Lisa Becker|Lisa Becker:name"}},
        // One full name: the bare surname and the honorific join it.
        {"fr",
         "Paul Verdier a parlé. M. Verdier a ajouté que Verdier resterait.",
         {"person|Paul Verdier|Paul Verdier:name,M. Verdier:title,Verdier:surname"}},
    });
}
