// Table-driven rows per family of names read from their evidence: a given name with a
// withheld surname ("Kevin M."), an age after a name, appositions that run on, media and
// roles described later, bodies named with lower-case words, words shaped like names that are
// not. Rows that must stay unrecognized or unlinked too. Sentences written for these tests,
// in wire style, with invented names.

#include "actors/entity_test_support.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using whosaid::test::describe_all;
using whosaid::test::recognize_entities;

namespace {

struct EvidenceRow {
    const char* language;
    const char* text;
    std::vector<std::string> expected; // "kind|name|mention:form,...", in order of first mention
};

void check_rows(const std::vector<EvidenceRow>& rows) {
    for (const EvidenceRow& row : rows) {
        DYNAMIC_SECTION(row.text) {
            const Document doc = recognize_entities(row.text, row.language);
            CHECK(describe_all(doc) == row.expected);
        }
    }
}

} // namespace

TEST_CASE("a given name with a surname's initial is one person", "[entities][families]") {
    check_rows({
        {"fr",
         "Kevin M., 29 ans, a été interpellé lundi. Selon le parquet, Kevin M. était connu des "
         "services.",
         {"person|Kevin M.|Kevin M.:name,Kevin M.:name"}},
        // Two initials, two people.
        {"fr",
         "Lucas T. et Lucas B. ont été entendus mardi par les enquêteurs.",
         {"person|Lucas T.|Lucas T.:name", "person|Lucas B.|Lucas B.:name"}},
        // The initial abbreviates the one full name with that given name.
        {"fr",
         "Sabrina Haddad est morte en mars. Des militants ont défilé derrière une banderole "
         "« Justice pour Sabrina H. ».",
         {"person|Sabrina Haddad|Sabrina Haddad:name,Sabrina H.:name"}},
        {"en",
         "Ahmed K., 30, was arrested on Friday. Ahmed K. denied the charges.",
         {"person|Ahmed K.|Ahmed K.:name,Ahmed K.:name"}},
        // A letter after a common noun names nobody.
        {"fr", "Il a visité le bâtiment B. Puis il est reparti.", {}},
    });
}

TEST_CASE("names with an apostrophe inside", "[entities][families]") {
    check_rows({
        {"en",
         "Sean O'Malley said on Monday that he would run.",
         {"person|Sean O'Malley|Sean O'Malley:name"}},
        // A party's acronym after a role is no name; the name after the comma is.
        {"fr",
         "Le vote du budget par un sénateur LR, M’hamed Kaci, a surpris son camp.",
         {"person|M’hamed Kaci|sénateur LR:description,M’hamed Kaci:name",
          "organization|LR|LR:acronym"}},
        // An elision at a sentence start.
        {"fr", "M'a-t-il dit la vérité ? Non, répond-elle.", {}},
    });
}

TEST_CASE("an age after a name makes a person", "[entities][families]") {
    check_rows({
        // Sentence-initial and met nowhere else: the age is the evidence.
        {"fr",
         "Margolette, 71 ans, est venue manifester samedi.",
         {"person|Margolette|Margolette:surname"}},
        {"en",
         "Quisbertha, 45, said she would come back next week.",
         {"person|Quisbertha|Quisbertha:surname"}},
        {"fr", "Clément, 23 ans, a été blessé.", {"person|Clément|Clément:surname"}},
        {"fr", "Vingt ans après, 12 ans de prison ont été requis.", {}},
    });
}

TEST_CASE("an apposition runs on over a preposition or a coordination", "[entities][families]") {
    check_rows({
        {"fr",
         "Marc Durand, le directeur du port dans un message publié lundi, a appelé au calme.",
         {"person|Marc Durand|Marc Durand:name,directeur du port:description"}},
        {"fr",
         "Luc Perrin, doyen des avocats et défenseur des libertés, a plaidé longuement.",
         {"person|Luc Perrin|Luc Perrin:name,doyen des avocats:description"}},
        {"en",
         "Jane Roe, the mayor at the time, said the plan was sound.",
         {"person|Jane Roe|Jane Roe:name,mayor:description"}},
    });
}

TEST_CASE("a medium's type noun stands for the one medium of that type", "[entities][families]") {
    check_rows({
        {"fr",
         "Les faits ont été révélés par Le Parisien. Selon le quotidien, l'enquête dure depuis un "
         "an.",
         {"media|Le Parisien|Le Parisien:name,quotidien:description"}},
        {"en",
         "The Guardian reported the deal on Monday. The newspaper said talks had lasted a year.",
         {"media|The Guardian|The Guardian:name,newspaper:description"}},
        // Two newspapers: no guess.
        {"fr",
         "Le Monde et Le Figaro ont publié l'enquête. Selon le quotidien, l'enquête dure depuis "
         "un an.",
         {"media|Le Monde|Le Monde:name", "media|Le Figaro|Le Figaro:name"}},
        // Daily life, not a newspaper; a type noun with its complement before the name.
        {"fr", "Il vit sa maladie au quotidien, a raconté sa femme.", {}},
        {"fr",
         "Elle était chroniqueuse sur la chaîne d'information BFMTV jusqu'en mai.",
         {"media|BFMTV|BFMTV:acronym"}},
    });
}

TEST_CASE("a description may add a nationality to a title one person holds",
          "[entities][families]") {
    check_rows({
        {"fr",
         "Le Premier ministre Karel Novák a démissionné jeudi. Le Premier ministre tchèque a "
         "invoqué des raisons de santé.",
         {"person|Karel Novák|Premier ministre:description,Karel Novák:name,Premier ministre "
          "tchèque:description"}},
        {"fr",
         "La garde des Sceaux, Odile Marchand, a réagi. La ministre française de la Justice a "
         "promis une enquête.",
         {"person|Odile Marchand|garde des Sceaux:description,Odile Marchand:name,ministre "
          "française de la Justice:description"}},
        // English names the country first to tell two leaders apart.
        {"en",
         "Party leader Anke Vogel spoke first. The French leader answered her on Tuesday.",
         {"person|Anke Vogel|Anke Vogel:name"}},
        {"fr",
         "Karim B., imam de la mosquée de Vernouillet (Yvelines), a été condamné. L'imam a plaidé "
         "l'erreur.",
         {"person|Karim B.|Karim B.:name,imam de la mosquée de Vernouillet:description,imam:"
          "description",
          "place|Vernouillet|Vernouillet:name", "place|Yvelines|Yvelines:name"}},
    });
}

TEST_CASE("bodies named with lower-case words", "[entities][families]") {
    check_rows({
        {"fr",
         "L'Assemblée nationale vénézuélienne a voté mardi. L'Assemblée nationale française a "
         "débattu du texte.",
         {"organization|Assemblée nationale vénézuélienne|Assemblée nationale "
          "vénézuélienne:name",
          "organization|Assemblée nationale|Assemblée nationale:name"}},
        {"fr",
         "Il a parlé au congrès de l'Association des archivistes à Lisbonne.",
         {"organization|Association des archivistes|Association des archivistes:name",
          "place|Lisbonne|Lisbonne:name"}},
        {"fr",
         "La commission de discipline de la Fédération nationale de cyclisme a suspendu le "
         "coureur.",
         {"organization|commission de discipline|commission de discipline:name",
          "organization|Fédération nationale de cyclisme|Fédération nationale de cyclisme:name"}},
        // A body's purpose after "pour" or "contre" belongs to its name.
        {"fr",
         "L'Observatoire régional contre le harcèlement scolaire a porté plainte.",
         {"organization|Observatoire régional contre le harcèlement scolaire|Observatoire "
          "régional contre le harcèlement scolaire:name"}},
        {"fr",
         "Il a rejoint le Rassemblement pour la République en 1990.",
         {"organization|Rassemblement pour la République|Rassemblement pour la "
          "République:name"}},
        {"fr",
         "Une réunion de l'Organisation des Etats américains a eu lieu à Washington.",
         {"organization|Organisation des Etats américains|Organisation des Etats "
          "américains:name",
          "place|Washington|Washington:name"}},
        // An institution inside a role, named by its place, is a body of its own; without a
        // name it stays part of the role.
        {"fr",
         "La présidente de la cour d'assises de Rennes, Hélène Roussel, a rappelé les règles "
         "aux jurés.",
         {"person|Hélène Roussel|présidente de la cour d'assises de Rennes:description,Hélène "
          "Roussel:name",
          "organization|cour d'assises de Rennes|cour d'assises de Rennes:name",
          "place|Rennes|Rennes:name"}},
        {"fr", "Le porte-parole du gouvernement a démenti lundi.", {}},
        // The head noun alone stands for the one body it opens; two such bodies, no guess.
        {"fr",
         "La Ligue de football professionnel a reporté le match. La Ligue a précisé que la date "
         "serait fixée plus tard.",
         {"organization|Ligue de football professionnel|Ligue de football "
          "professionnel:name,Ligue:name"}},
        {"fr",
         "Le Conseil d'État et le Conseil constitutionnel ont été saisis. Le Conseil a rejeté la "
         "demande.",
         {"organization|Conseil d'État|Conseil d'État:name",
          "organization|Conseil constitutionnel|Conseil constitutionnel:name",
          "organization|Conseil|Conseil:name"}},
    });
}

TEST_CASE("words shaped like names that are not", "[entities][families]") {
    check_rows({
        {"fr",
         "Lundi, un Youtubeur belge, Gary Dumarteau, a annulé sa venue.",
         {"person|Gary Dumarteau|Gary Dumarteau:name"}},
        {"fr",
         "Aucune coupure sur TF1 Parallèlement, Claire Vidal a annoncé sa candidature.",
         {"media|TF1|TF1:acronym", "person|Claire Vidal|Claire Vidal:name"}},
        {"fr",
         "Les orages ont frappé le Nord-est de la France dimanche.",
         {"place|France|France:name"}},
        {"en",
         "Exports slowed, said Karen Whitlow, a spokeswoman for the Spanish dairy association.",
         {"person|Karen Whitlow|Karen Whitlow:name"}},
        // A given name that is also a common word opens a name when a surname follows.
        {"fr",
         "Le 8 décembre, le commissaire divisionnaire Noël Varenne a été blessé.",
         {"person|Noël Varenne|commissaire divisionnaire:description,Noël Varenne:name"}},
        {"en", "In June Harper resigned from the board.", {"person|Harper|Harper:surname"}},
    });
}
