// Organizations, media, parties, and the roles and descriptions that refer to actors.
#include "actors/entity_test_support.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using whosaid::test::check_rows;

TEST_CASE("media: lexicon, cues, datelines, social networks", "[entities][media]") {
    check_rows({
        {"fr",
         "« Nous partons », a déclaré le ministre, cité par l'agence Interfax.",
         {"media|Interfax|Interfax:name"}},
        {"fr", "Selon l'agence Bernama, le vol a disparu.", {"media|Bernama|Bernama:name"}},
        {"fr", "Il l'a confié au quotidien Kathimerini.", {"media|Kathimerini|Kathimerini:name"}},
        {"fr",
         "Dans un entretien au Monde, il a détaillé son plan.",
         {"media|Le Monde|Monde:name"}},
        {"fr",
         "Le Monde et Le Figaro ont publié l'enquête.",
         {"media|Le Monde|Le Monde:name", "media|Le Figaro|Le Figaro:name"}},
        {"fr", "Il a réagi sur le réseau social X dans la soirée.", {"media|X|X:name"}},
        {"fr", "Le plan X a été abandonné.", {}},
        {"en", "He wrote on X that he would resign.", {"media|X|X:name"}},
        {"en", "The Reuters news agency reported the deal.", {"media|Reuters|Reuters:name"}},
        {"en",
         "He told the newspaper Kompas that the search would continue.",
         {"media|Kompas|Kompas:name"}},
        {"en", "She told CNN the talks had stalled.", {"media|CNN|CNN:acronym"}},
        {"fr", "Il s'est exprimé sur la chaîne Rossiya 24.", {"media|Rossiya 24|Rossiya 24:name"}},
        {"fr",
         "Il a publié un message sur Twitter et sur Telegram.",
         {"media|Twitter|Twitter:name", "media|Telegram|Telegram:name"}},
        {"fr",
         "L'Agence France-Presse a eu accès au document, a appris l'AFP.",
         {"media|Agence France-Presse|Agence France-Presse:name,AFP:acronym"}},
    });
}

TEST_CASE("organizations: triggers, complements, acronyms", "[entities][organizations]") {
    check_rows({
        {"fr",
         "Le ministère russe des Affaires étrangères a convoqué l'ambassadeur.",
         {"organization|ministère russe des Affaires étrangères|ministère russe des Affaires "
          "étrangères:name"}},
        {"fr",
         "La Cour d'appel de Paris a confirmé la condamnation.",
         {"organization|Cour d'appel de Paris|Cour d'appel de Paris:name"}},
        {"fr",
         "Le parquet de Paris a été saisi mardi.",
         {"organization|parquet de Paris|parquet de Paris:name"}},
        {"en",
         "The U.S. Court of Appeals rejected the request.",
         {"organization|U.S. Court of Appeals|U.S. Court of Appeals:name"}},
        {"fr",
         "L'Organisation mondiale de la santé (OMS) a lancé une alerte. L'OMS recommande le port "
         "du masque.",
         {"organization|Organisation mondiale de la santé|Organisation mondiale de la "
          "santé:name,OMS:acronym,OMS:acronym"}},
        {"fr",
         "L'ONU et l'Otan ont condamné l'attaque.",
         {"organization|ONU|ONU:acronym", "organization|Otan|Otan:name"}},
        {"en",
         "The UN and NATO condemned the attack.",
         {"organization|UN|UN:acronym", "organization|NATO|NATO:acronym"}},
        {"fr",
         "La Commission européenne a infligé une amende.",
         {"organization|Commission européenne|Commission européenne:name"}},
        {"en",
         "The University of New South Wales published the study.",
         {"organization|University of New South Wales|University of New South Wales:name"}},
        {"en",
         "The Indonesian Air Force sent two planes.",
         {"organization|Indonesian Air Force|Indonesian Air Force:name"}},
        {"en",
         "Malaysia Airlines lost a plane in 2014.",
         {"organization|Malaysia Airlines|Malaysia Airlines:name"}},
        {"en", "Shares of the carrier AirAsia fell.", {"organization|AirAsia|AirAsia:name"}},
        {"fr", "Le groupe Vortal a racheté son concurrent.", {"organization|Vortal|Vortal:name"}},
        {"fr",
         "La CGT et la CFDT appellent à la grève.",
         {"organization|CGT|CGT:acronym", "organization|CFDT|CFDT:acronym"}},
        {"fr", "Le Kremlin a démenti toute implication.", {"organization|Kremlin|Kremlin:name"}},
        {"en", "The Kremlin denied any involvement.", {"organization|Kremlin|Kremlin:name"}},
        {"fr",
         "Le tribunal de Marseille a relaxé le prévenu.",
         {"organization|tribunal de Marseille|tribunal de Marseille:name"}},
        {"fr",
         "La Banque centrale européenne a relevé ses taux.",
         {"organization|Banque centrale européenne|Banque centrale européenne:name"}},
        {"en",
         "The Justice Department opened an inquiry.",
         {"organization|Justice Department|Justice Department:name"}},
        {"fr",
         "Le Conseil de sécurité s'est réuni.",
         {"organization|Conseil de sécurité|Conseil de sécurité:name"}},
        {"en",
         "CFM International makes the engines.",
         {"organization|CFM International|CFM International:name"}},
        {"fr",
         "Marevida, une ONG basée à Madrid, a dénoncé la pêche illégale.",
         {"organization|Marevida|Marevida:name", "place|Madrid|Madrid:name"}},
    });
}

TEST_CASE("roles and descriptions", "[entities][roles]") {
    check_rows({
        {"fr",
         "Le président russe Vladimir Poutine a signé le décret. Le président russe a ensuite "
         "parlé.",
         // Roles before names are mentions too (they were left out before).
         {"person|Vladimir Poutine|président russe:description,Vladimir Poutine:name,président "
          "russe:description"}},
        {"fr",
         "Le président russe Vladimir Poutine est arrivé. Le chef de l'État russe a salué la "
         "foule.",
         {"person|Vladimir Poutine|président russe:description,Vladimir Poutine:name,chef de "
          "l'État russe:description"}},
        {"fr",
         "Son chef de la diplomatie Anton Volkov a démenti. Le chef de la diplomatie a ajouté un "
         "mot.",
         {"person|Anton Volkov|chef de la diplomatie:description,Anton Volkov:name,chef de la "
          "diplomatie:description"}},
        {"fr",
         "Le ministre syrien des Affaires étrangères Karim Haddad arrive à Moscou. Le ministre "
         "syrien sera reçu jeudi.",
         {"person|Karim Haddad|ministre syrien des Affaires étrangères:description,Karim "
          "Haddad:name,ministre syrien:description",
          "place|Moscou|Moscou:name"}},
        {"fr",
         "Dmitri Peskov, le porte-parole du Kremlin, a refusé de commenter.",
         {"person|Dmitri Peskov|Dmitri Peskov:name,porte-parole du Kremlin:description",
          "organization|Kremlin|Kremlin:name"}},
        {"fr",
         "La présidente de la Commission européenne, Ursula von der Leyen, a parlé.",
         {"person|Ursula von der Leyen|présidente de la Commission européenne:description,Ursula "
          "von der Leyen:name",
          "organization|Commission européenne|Commission européenne:name"}},
        {"en",
         "Secretary of State John Kerry arrived. The Secretary of State met officials.",
         {"person|John Kerry|Secretary of State:description,John Kerry:name,Secretary of "
          "State:description"}},
        {"en",
         "Russian Foreign Minister Sergei Lavrov said the talks failed. The Russian foreign "
         "minister left.",
         {"person|Sergei Lavrov|Russian Foreign Minister:description,Sergei Lavrov:name,Russian "
          "foreign minister:description"}},
        {"fr",
         "Le président russe Vladimir Poutine et le président turc Recep Tayyip Erdogan se sont "
         "vus. Le président russe a parlé.",
         {"person|Vladimir Poutine|président russe:description,Vladimir Poutine:name,président "
          "russe:description",
          "person|Recep Tayyip Erdogan|président turc:description,Recep Tayyip Erdogan:name"}},
        {"fr",
         "Le ministre Jean Dupont et le ministre Paul Durand ont signé. Le ministre a souri.",
         {"person|Jean Dupont|Jean Dupont:name", "person|Paul Durand|Paul Durand:name"}},
        {"fr",
         "Sophie Binet, secrétaire générale de la CGT, a appelé à la grève.",
         {"person|Sophie Binet|Sophie Binet:name,secrétaire générale de la CGT:description",
          "organization|CGT|CGT:acronym"}},
        {"en",
         "Dmitry Peskov, a Kremlin spokesman, declined to comment.",
         {"person|Dmitry Peskov|Dmitry Peskov:name,Kremlin spokesman:description",
          "organization|Kremlin|Kremlin:name"}},
        {"fr",
         "Le porte-parole du gouvernement, Olivier Véran, a répondu. Le porte-parole du "
         "gouvernement a insisté.",
         {"person|Olivier Véran|porte-parole du gouvernement:description,Olivier "
          "Véran:name,porte-parole du gouvernement:description"}},
    });
}

TEST_CASE("descriptions reach the one leader, appositions must close", "[entities][roles]") {
    check_rows({
        {"fr",
         "Sophie Binet, secrétaire générale de la CGT, a été reçue. La dirigeante de la CGT a "
         "insisté.",
         {"person|Sophie Binet|Sophie Binet:name,secrétaire générale de la "
          "CGT:description,dirigeante de la CGT:"
          "description",
          "organization|CGT|CGT:acronym,CGT:acronym"}},
        {"fr",
         "Aux côtés de Karim Haddad, le président russe est resté muet.",
         {"person|Karim Haddad|Karim Haddad:name"}},
        {"fr", "Le dirigeant a parlé, juge Mme Kessler.", {"person|Kessler|Mme Kessler:title"}},
        {"en",
         "Mark Ruiz, chief executive of Nordline, spoke. The chief of Nordline later resigned.",
         {"person|Mark Ruiz|Mark Ruiz:name,chief executive of Nordline:description,chief of "
          "Nordline:description",
          "organization|Nordline|Nordline:name,Nordline:name"}},
        {"fr",
         "Le patron du Medef, Patrick Martin, a été reçu. Le président du Medef a parlé.",
         {"person|Patrick Martin|patron du Medef:description,Patrick Martin:name,président du "
          "Medef:description",
          "organization|Medef|Medef:name,Medef:name"}},
    });
}

TEST_CASE("parties named by their adjective", "[entities][organizations]") {
    check_rows({
        {"fr",
         "Le parti travailliste a remporté les élections.",
         {"organization|parti travailliste|parti travailliste:name"}},
        {"fr", "Le parti a remporté les élections.", {}},
    });
}

TEST_CASE("a capital article inside a sentence opens an organization's name",
          "[entities][organizations]") {
    check_rows({
        {"fr",
         "Les élus de La Patrie en Marche ont quitté la salle.",
         {"organization|La Patrie en Marche|La Patrie en Marche:name"}},
        {"fr",
         "Le texte divise La Nation insoumise, qui votera contre.",
         {"organization|La Nation insoumise|La Nation insoumise:name"}},
        {"fr",
         "Selon Les Bâtisseurs unis, le chantier a pris du retard.",
         {"organization|Les Bâtisseurs unis|Les Bâtisseurs unis:name"}},
        {"fr",
         "Le recours de Le Renouveau démocrate a été rejeté.",
         {"organization|Le Renouveau démocrate|Le Renouveau démocrate:name"}},
        // A lower-case article, a sentence's first word, a place and a verb stay outside.
        {"fr",
         "Il célèbre la Nation insoumise dans son livre.",
         {"organization|Nation|Nation:name"}},
        {"fr",
         "Il est allé à La Rochelle en Charente-Maritime.",
         {"place|La Rochelle|La Rochelle:name", "place|Charente-Maritime|Charente-Maritime:name"}},
        {"fr", "La Patrie unie a voté contre.", {"organization|Patrie|Patrie:name"}},
    });
}

TEST_CASE("a medium and its former name are one medium", "[entities][media]") {
    check_rows({
        {"fr",
         "Il a écrit sur X (ex-Twitter) que la trêve était rompue.",
         {"media|Twitter|X:name,Twitter:name"}},
        {"en",
         "He posted on X (formerly Twitter) late on Monday.",
         {"media|Twitter|X:name,Twitter:name"}},
    });
}
