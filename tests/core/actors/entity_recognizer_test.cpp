// People, places, and capitalized words that name nobody; mentions merged into actors.
#include "actors/entity_test_support.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using whosaid::test::check_rows;

TEST_CASE("people: names, particles, initials, titles", "[entities][people]") {
    check_rows({
        {"fr",
         "Le chef de la diplomatie russe Sergueï Lavrov est arrivé mardi à Genève.",
         // A role of several words before a name is a mention of the person (it was left
         // out before, as only roles after the name were kept).
         {"person|Sergueï Lavrov|chef de la diplomatie russe:description,Sergueï Lavrov:name",
          "place|Genève|Genève:name"}},
        {"fr",
         "Sergueï Lavrov a rencontré son homologue. M. Lavrov a ensuite quitté la salle.",
         {"person|Sergueï Lavrov|Sergueï Lavrov:name,M. Lavrov:title"}},
        {"fr",
         "Bachar al-Assad a reçu l'émissaire. Bachar el-Assad a promis des réformes, a dit Assad.",
         {"person|Bachar al-Assad|Bachar al-Assad:name,Bachar el-Assad:name,Assad:surname"}},
        {"fr",
         "Ursula von der Leyen a salué l'accord. Mme von der Leyen s'est dite satisfaite.",
         {"person|Ursula von der Leyen|Ursula von der Leyen:name,Mme von der Leyen:title"}},
        {"en",
         "John F. Kennedy was shot in Dallas in 1963.",
         {"person|John F. Kennedy|John F. Kennedy:name", "place|Dallas|Dallas:name"}},
        {"en",
         "Secretary of State John Kerry met his counterpart on Monday. Kerry said little.",
         // The role before the name is a mention too (see the first row).
         {"person|John Kerry|Secretary of State:description,John Kerry:name,Kerry:surname"}},
        {"en",
         "Mr. Obama spoke to reporters before Barack Obama left the White House.",
         {"person|Barack Obama|Mr. Obama:title,Barack Obama:name",
          "organization|White House|White House:name"}},
        {"fr",
         "Jean-Marc Ayrault a démissionné. Ayrault a été remplacé par Manuel Valls.",
         {"person|Jean-Marc Ayrault|Jean-Marc Ayrault:name,Ayrault:surname",
          "person|Manuel Valls|Manuel Valls:name"}},
        {"fr",
         "Marine Le Pen a tenu un meeting. Mme Le Pen a critiqué le gouvernement.",
         {"person|Marine Le Pen|Marine Le Pen:name,Mme Le Pen:title"}},
        {"en",
         "Maarten van Oosterhout, an oceanographer, said the debris would drift. Van Oosterhout "
         "added a "
         "caveat.",
         {"person|Maarten van Oosterhout|Maarten van Oosterhout:name,Van Oosterhout:name"}},
        {"fr",
         "Le président Emmanuel Macron a reçu mardi Olaf Scholz à Paris.",
         {"person|Emmanuel Macron|Emmanuel Macron:name", "person|Olaf Scholz|Olaf Scholz:name",
          "place|Paris|Paris:name"}},
        {"fr",
         "Selon Me Dupond, son client conteste les faits.",
         {"person|Dupond|Me Dupond:title"}},
        {"en",
         "Dr. Anthony Fauci warned that the virus was spreading.",
         {"person|Anthony Fauci|Dr. Anthony Fauci:title"}},
        {"en",
         "Mrs. Smith and Mr. Jones arrived late.",
         {"person|Smith|Mrs. Smith:title", "person|Jones|Mr. Jones:title"}},
        {"fr",
         "Mme Dupuis a quitté la réunion, a constaté M. Martin.",
         {"person|Dupuis|Mme Dupuis:title", "person|Martin|M. Martin:title"}},
        {"fr",
         "Abou Bakr al-Baghdadi a été tué, selon le Pentagone.",
         {"person|Abou Bakr al-Baghdadi|Abou Bakr al-Baghdadi:name",
          "organization|Pentagone|Pentagone:name"}},
        {"en",
         "Prime Minister Boris Johnson said Britain would leave.",
         // The role before the name is a mention too (see the first row).
         {"person|Boris Johnson|Prime Minister:description,Boris Johnson:name",
          "place|Britain|Britain:name"}},
        {"en",
         "Sen. Elizabeth Warren criticized the plan.",
         {"person|Elizabeth Warren|Elizabeth Warren:name"}},
        {"en",
         "Gen. Mark Milley told senators the withdrawal had been chaotic.",
         {"person|Mark Milley|Mark Milley:name"}},
        {"fr",
         "La juge Anne Dupont a rendu sa décision vendredi.",
         {"person|Anne Dupont|Anne Dupont:name"}},
        {"fr",
         "Le procureur Rémy Heitz a requis la prison.",
         {"person|Rémy Heitz|Rémy Heitz:name"}},
        {"en",
         "Hillary CLINTON and Donald Trump debated in St. Louis.",
         {"person|Hillary CLINTON|Hillary CLINTON:name", "person|Donald Trump|Donald Trump:name",
          "place|St. Louis|St. Louis:name"}},
        {"fr",
         "Kim Jong-un a supervisé un tir de missile, selon Pyongyang.",
         {"person|Kim Jong-un|Kim Jong-un:name", "place|Pyongyang|Pyongyang:name"}},
        {"en",
         "Charles de Gaulle left London in 1944.",
         {"person|Charles de Gaulle|Charles de Gaulle:name", "place|London|London:name"}},
    });
}

TEST_CASE("capitalized words that are not names", "[entities][errors]") {
    check_rows({
        {"fr", "Lundi, le gouvernement a annoncé de nouvelles mesures.", {}},
        {"fr", "Selon le ministre, la situation reste tendue en janvier.", {}},
        {"fr", "Mais Pour autant, rien ne change.", {}},
        {"en", "According to the report, Monday was calm.", {}},
        {"en", "The talks resumed on Tuesday in March.", {}},
        {"fr", "Le Président a parlé. L'Etat doit agir, a dit le Premier ministre.", {}},
        {"fr", "Le président russe a rencontré les Occidentaux.", {}},
        {"fr", "La diplomatie russe a dénoncé une provocation.", {}},
        {"fr", "Les autorités syriennes ont démenti.", {}},
        {"en", "Russian officials said the French were wrong.", {}},
        {"en", "South Koreans and Indonesians were among the passengers.", {}},
        // A nationality or a group word before a lower-case noun is an adjective, and the
        // capital before it opened the sentence; a given name, or a type noun after it, keeps
        // the name.
        {"en", "Senior Israeli officials met in Cairo on Monday.", {"place|Cairo|Cairo:name"}},
        {"en", "The vote was close. Top Democratic leaders called it a win.", {}},
        {"en", "Former Mexican presidents were quick to respond.", {}},
        {"en", "Key Republican senators opposed the bill.", {}},
        {"en", "Radical Islamic groups claimed the attack on Sunday.", {}},
        {"en", "Mark Cuban said he would not run.", {"person|Mark Cuban|Mark Cuban:name"}},
        {"en",
         "He left the Social Democratic party in May.",
         {"organization|Social Democratic party|Social Democratic party:name"}},
        {"fr", "Au XXe siècle, la ville a changé.", {}},
        {"en", "The S-300 missiles were delivered.", {}},
        {"fr", "Interrogé par la presse, il a refusé de répondre.", {}},
        {"en", "Asked about the talks, he declined to comment.", {}},
        {"fr", "Toutefois, Hier encore, personne ne savait.", {}},
        {"en", "However, Nobody knew what would happen.", {}},
        {"fr", "Dimanche 12 mars, le scrutin a eu lieu.", {}},
        {"en", "On Friday December 5, markets fell.", {}},
        {"fr", "Cette décision, Dieu merci, a été prise.", {}},
        // A rubric word before a colon opens a headline; it names nobody.
        {"fr",
         "Pêche : Madrid et Lisbonne s'opposent sur les quotas.",
         {"place|Madrid|Madrid:name", "place|Lisbonne|Lisbonne:name"}},
        {"en",
         "Budget: Rome and Madrid at odds over deficit rules.",
         {"place|Rome|Rome:name", "place|Madrid|Madrid:name"}},
        // A lone capital met only at sentence starts is no name.
        {"fr", "Sécheresse dans le Sud. Canicule et incendies menacent les récoltes.", {}},
    });
}

TEST_CASE("headlines in capitals are not acronyms", "[entities][errors]") {
    check_rows({
        {"fr", "LA GRÈVE CONTINUE DANS LES TRANSPORTS\n\nLes syndicats restent mobilisés.", {}},
        {"en",
         "MARKETS TUMBLE AS FEARS GROW\n\nStocks fell sharply on Wall Street.",
         {"place|Wall Street|Wall Street:name"}},
        {"fr",
         "URGENT POUR LES AGRICULTEURS\n\nLa CGT appelle à manifester.",
         {"organization|CGT|CGT:acronym"}},
    });
}

TEST_CASE("places: countries, cities, exonyms, states as actors", "[entities][places]") {
    check_rows({
        {"fr", "Moscou a annoncé le retrait de ses troupes.", {"place|Moscou|Moscou:name"}},
        {"fr",
         "La Russie et l'Ukraine ont échangé des prisonniers.",
         {"place|Russie|Russie:name", "place|Ukraine|Ukraine:name"}},
        {"en",
         "Officials in Washington and Beijing traded accusations.",
         {"place|Washington|Washington:name", "place|Beijing|Beijing:name"}},
        {"fr",
         "Les États-Unis ont imposé des sanctions. Les Etats-Unis accusent Téhéran.",
         {"place|États-Unis|États-Unis:name,Etats-Unis:name", "place|Téhéran|Téhéran:name"}},
        {"en",
         "The U.S. and the United States Navy were mentioned.",
         {"place|U.S.|U.S.:name", "organization|United States Navy|United States Navy:name"}},
        {"fr",
         "Des combats ont eu lieu près de Donetsk, dans l'est de l'Ukraine.",
         {"place|Donetsk|Donetsk:name", "place|Ukraine|Ukraine:name"}},
        {"fr",
         "Il est né à Bordeaux et vit à Bruxelles.",
         {"place|Bordeaux|Bordeaux:name", "place|Bruxelles|Bruxelles:name"}},
        {"en",
         "Flights from Surabaya to Singapore were cancelled.",
         {"place|Surabaya|Surabaya:name", "place|Singapore|Singapore:name"}},
        {"en", "The wreckage was found in the Java Sea.", {"place|Java Sea|Java Sea:name"}},
        {"fr", "Le sommet s'est tenu à Kalamba, une ville du sud.", {"place|Kalamba|Kalamba:name"}},
        {"fr", "La Côte d'Ivoire a voté dimanche.", {"place|Côte d'Ivoire|Côte d'Ivoire:name"}},
        {"en",
         "Syria's army shelled Aleppo.",
         {"place|Syria|Syria:name", "place|Aleppo|Aleppo:name"}},
        {"fr",
         "Le Royaume-Uni a quitté l'UE.",
         {"place|Royaume-Uni|Royaume-Uni:name", "organization|UE|UE:acronym"}},
    });
}

TEST_CASE("merging: surnames, shared surnames, acronyms, variants", "[entities][merging]") {
    check_rows({
        {"en",
         "John Smith and Mary Smith testified. Smith said nothing more.",
         {"person|John Smith|John Smith:name", "person|Mary Smith|Mary Smith:name"}},
        {"en",
         "John Smith and Mary Smith testified. Mrs. Smith wept.",
         {"person|John Smith|John Smith:name",
          "person|Mary Smith|Mary Smith:name,Mrs. Smith:title"}},
        {"fr",
         "Poutine a parlé. Vladimir Poutine a ensuite quitté Moscou.",
         {"person|Vladimir Poutine|Poutine:surname,Vladimir Poutine:name",
          "place|Moscou|Moscou:name"}},
        {"en",
         "Agustinus Wira Santoso heads the agency. Wira Santoso said the search went "
         "on. Santoso agreed.",
         {"person|Agustinus Wira Santoso|Agustinus Wira Santoso:name,Wira "
          "Santoso:name,Santoso:surname"}},
        {"fr",
         "L'Organisation des Nations unies a réagi. L'ONU a demandé une trêve.",
         {"organization|Organisation des Nations unies|Organisation des Nations "
          "unies:name,ONU:acronym"}},
        {"en",
         "The United Nations said the UN would send aid.",
         {"organization|United Nations|United Nations:name,UN:acronym"}},
        {"fr",
         "Le Front de libération nationale (FLN) a gagné. Le FLN gouverne.",
         {"organization|Front de libération nationale|Front de libération "
          "nationale:name,FLN:acronym,FLN:acronym"}},
        {"en",
         "Herumanto Tanus was on board. Herumanto's sister waited.",
         {"person|Herumanto Tanus|Herumanto Tanus:name,Herumanto:surname"}},
        {"fr",
         "Sergueï Lavrov et Serguei Lavrov désignent le même homme.",
         {"person|Sergueï Lavrov|Sergueï Lavrov:name,Serguei Lavrov:name"}},
    });
}

TEST_CASE("glued particles and regional adjectives", "[entities][errors]") {
    check_rows({
        {"en", "Talks stall as Ankara presses both sides.", {"place|Ankara|Ankara:name"}},
        {"en", "A senior European diplomat said Europeans were divided.", {}},
        {"fr", "Les Européens et les Africains ont signé.", {}},
        {"fr",
         "Le président Abdel Fattah al-Sissi a reçu M. Sissi.",
         {"person|Abdel Fattah al-Sissi|Abdel Fattah al-Sissi:name,M. Sissi:title"}},
    });
}
