// Table-driven cases for reported speech without quotation marks (quotes of kind indirect),
// French and English, in wire style: what is reported, by whom, and what must stay silent.
#include "quotes/quote_case_runner.h"
#include "quotes/quote_cast.h"
#include "quotes/quote_test_support.h"
#include "whosaid/html_writer.h"
#include "whosaid/quote_attributor.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kFerrand{
    "Paul Ferrand", EntityKind::Person, Gender::Masculine, {"Paul Ferrand", "M. Ferrand"}};
const EntityFixture kNovak{"Karel Novak", EntityKind::Person, Gender::Masculine, {"Karel Novak"}};

const std::vector<QuoteCase> kFrench = {
    // SPEAKER + verb + que, in every tense wire copy uses
    {"Le ministre de l'Intérieur, Paul Ferrand, a affirmé mardi que la situation était sous "
     "contrôle dans la capitale.",
     {kFerrand},
     "la situation était sous contrôle dans la capitale",
     "indirect",
     "Paul Ferrand",
     "a affirmé",
     "",
     "fr.indirect-que"},
    {"Mme Dumas a déclaré à l'AFP qu'aucune décision n'avait encore été prise.",
     {kDumas, kAFP},
     "aucune décision n'avait encore été prise",
     "indirect",
     "Claire Dumas",
     "a déclaré",
     "AFP",
     "fr.indirect-que"},
    {"Le Kremlin assure que les troupes se retirent de la frontière.",
     {kKremlin},
     "les troupes se retirent de la frontière",
     "indirect",
     "Kremlin",
     "assure",
     "",
     "fr.indirect-que"},
    {"Karel Novak déclara que le pays ne céderait jamais aux pressions.",
     {kNovak},
     "le pays ne céderait jamais aux pressions",
     "indirect",
     "Karel Novak",
     "déclara",
     "",
     "fr.indirect-que"},
    {"Mme Dumas avait expliqué que le budget serait revu en juin.",
     {kDumas},
     "le budget serait revu en juin",
     "indirect",
     "Claire Dumas",
     "avait expliqué",
     "",
     "fr.indirect-que"},
    {"Le ministre Paul Ferrand a estimé que la réforme était indispensable.",
     {kFerrand},
     "la réforme était indispensable",
     "indirect",
     "Paul Ferrand",
     "a estimé",
     "",
     "fr.indirect-que"},
    {"Paul Ferrand, qui s'exprimait devant les députés, a assuré que le texte serait voté "
     "avant l'été.",
     {kFerrand},
     "le texte serait voté avant l'été",
     "indirect",
     "Paul Ferrand",
     "a assuré",
     "",
     "fr.indirect-que"},
    // pronoun subject, resolved to the person named before
    {"Sergueï Lavrov est arrivé lundi à Genève. Il a ajouté que les discussions reprendraient "
     "la semaine prochaine.",
     {kLavrov},
     "les discussions reprendraient la semaine prochaine",
     "indirect",
     "Sergueï Lavrov",
     "a ajouté",
     "",
     "fr.indirect-que"},
    // anonymous description
    {"Un haut responsable du ministère a indiqué que l'enquête était toujours en cours.",
     {},
     "l'enquête était toujours en cours",
     "indirect",
     "Un haut responsable du ministère",
     "a indiqué",
     "",
     "fr.indirect-que"},
    // a verb that reports only when negated
    {"M. Lavrov n'a pas exclu que de nouvelles sanctions soient adoptées.",
     {kLavrov},
     "de nouvelles sanctions soient adoptées",
     "indirect",
     "Sergueï Lavrov",
     "n'a pas exclu",
     "",
     "fr.indirect-que"},
    // the verb names its network
    {"Mme Dumas a tweeté que la réunion était reportée à lundi.",
     {kDumas, kTwitter},
     "la réunion était reportée à lundi",
     "indirect",
     "Claire Dumas",
     "a tweeté",
     "Twitter",
     "fr.indirect-que"},
    // the clause stops before a trailing source, which is kept
    {"M. Lavrov a affirmé que Moscou restait ouvert au dialogue, selon l'agence Interfax.",
     {kLavrov, kMoscou, kInterfax},
     "Moscou restait ouvert au dialogue",
     "indirect",
     "Sergueï Lavrov",
     "a affirmé",
     "Interfax",
     "fr.indirect-que"},
    // the clause stops before a second, quoted clause
    {"Mme Dumas a précisé que deux blessés avaient été hospitalisés mais que « leurs jours ne "
     "sont pas en danger ».",
     {kDumas},
     "deux blessés avaient été hospitalisés",
     "indirect",
     "Claire Dumas",
     "a précisé",
     "",
     "fr.indirect-que"},
    // Selon / D'après SPEAKER, CLAUSE and CLAUSE, selon SPEAKER
    {"Selon M. Lavrov, les pourparlers pourraient reprendre d'ici à la fin du mois.",
     {kLavrov},
     "les pourparlers pourraient reprendre d'ici à la fin du mois",
     "indirect",
     "Sergueï Lavrov",
     "Selon",
     "",
     "fr.indirect-selon"},
    {"D'après un diplomate européen, l'accord sera signé jeudi à Genève.",
     {},
     "l'accord sera signé jeudi à Genève",
     "indirect",
     "un diplomate européen",
     "D'après",
     "",
     "fr.indirect-selon"},
    {"Le convoi a quitté la ville dans la nuit, selon une source policière.",
     {},
     "Le convoi a quitté la ville dans la nuit",
     "indirect",
     "une source policière",
     "selon",
     "",
     "fr.indirect-selon"},
    // CLAUSE, a-t-il affirmé / CLAUSE, a affirmé SPEAKER
    {"Sergueï Lavrov est arrivé à Genève. Les discussions se poursuivront demain, a-t-il "
     "précisé.",
     {kLavrov},
     "Les discussions se poursuivront demain",
     "indirect",
     "Sergueï Lavrov",
     "a-t-il précisé",
     "",
     "fr.indirect-inverted"},
    {"Trois personnes ont été blessées dans l'explosion, a indiqué mardi la préfecture.",
     {},
     "Trois personnes ont été blessées dans l'explosion",
     "indirect",
     "la préfecture",
     "a indiqué",
     "",
     "fr.indirect-inverted"},
};

const std::vector<QuoteCase> kEnglish = {
    {"Hale said that the search would resume at dawn.",
     {kHale},
     "the search would resume at dawn",
     "indirect",
     "Ruth Hale",
     "said",
     "",
     "en.indirect-said-that"},
    {"Okafor told reporters that the airline had not received any distress call.",
     {kOkafor},
     "the airline had not received any distress call",
     "indirect",
     "David Okafor",
     "told",
     "",
     "en.indirect-said-that"},
    {"Hale said that would be a mistake.",
     {kHale},
     "that would be a mistake",
     "indirect",
     "Ruth Hale",
     "said",
     "",
     "en.indirect-said-that"},
    {"Okafor said that the deal was off, according to CNN.",
     {kOkafor, kCnn},
     "the deal was off",
     "indirect",
     "David Okafor",
     "said",
     "CNN",
     "en.indirect-said-that"},
    {"The White House did not rule out that troops could be sent.",
     {kWhiteHouse},
     "troops could be sent",
     "indirect",
     "White House",
     "did not rule out",
     "",
     "en.indirect-said-that"},
    {"David Okafor flew to Lagos. He warned that prices could rise again.",
     {kOkafor},
     "prices could rise again",
     "indirect",
     "David Okafor",
     "warned",
     "",
     "en.indirect-said-that"},
    // "that" left out
    {"Ruth Hale said on Monday the company would cut 300 jobs.",
     {kHale},
     "the company would cut 300 jobs",
     "indirect",
     "Ruth Hale",
     "said",
     "",
     "en.indirect-said"},
    {"Okafor told Reuters the plane had been found.",
     {kOkafor, kReuters},
     "the plane had been found",
     "indirect",
     "David Okafor",
     "told",
     "Reuters",
     "en.indirect-said"},
    {"According to Hale, the talks will continue next week.",
     {kHale},
     "the talks will continue next week",
     "indirect",
     "Ruth Hale",
     "According to",
     "",
     "en.indirect-according-to"},
    {"The wreckage was spotted near the coast, a navy spokesman said.",
     {},
     "The wreckage was spotted near the coast",
     "indirect",
     "a navy spokesman",
     "said",
     "",
     "en.indirect-inverted"},
};

// Sentences that report nothing, or whose report is already a quotation.
struct Silent {
    std::string text;
    std::vector<EntityFixture> entities;
};

const std::vector<Silent> kFrenchSilent = {
    {"M. Ferrand pense que la crise sera longue.", {kFerrand}},
    {"Mme Dumas croit que l'accord tiendra jusqu'à l'été.", {kDumas}},
    {"Mme Dumas sait que le vote sera serré.", {kDumas}},
    {"Selon des chiffres officiels, le chômage a reculé de 2 % en un an.", {}},
    {"Selon les chiffres officiels, le chômage a reculé de 2 % en un an.", {}},
    {"Selon l'AFP, trois personnes ont été tuées dans la nuit.", {kAFP}},
    {"Le bilan s'élève à douze morts, selon l'AFP.", {kAFP}},
    {"M. Lavrov a-t-il affirmé que la Russie céderait ?", {kLavrov}},
    {"M. Lavrov a dit que « la Russie ne cédera pas ».", {kLavrov}},
    {"Mme Dumas a déclaré que « rien n'est décidé » à ce stade.", {kDumas}},
    {"Mme Dumas a insisté pour que le texte soit retiré.", {kDumas}},
    {"Mme Dumas a témoigné bien que la cour le lui ait déconseillé.", {kDumas}},
    {"M. Lavrov a répondu alors que la salle se vidait déjà.", {kLavrov}},
    {"M. Lavrov n'a pas dit que la Russie céderait.", {kLavrov}},
    {"Le ministre doit annoncer que les écoles fermeront lundi.", {}},
    {"Il a été annoncé que les écoles fermeront lundi.", {}},
    {"Mme Dumas a demandé que le texte soit retiré.", {kDumas}},
    {"M. Lavrov a démenti que la Russie ait livré des armes.", {kLavrov}},
    {"Mme Dumas a rappelé les mesures que le gouvernement a prises.", {kDumas}},
    {"La note que M. Ferrand a rédigée reste confidentielle.", {kFerrand}},
    {"Les chiffres officiels montrent que le chômage recule.", {}},
    {"Mme Dumas a dit que oui.", {kDumas}},
    {"Le ministre a reçu M. Ferrand et a affirmé que tout allait bien.", {kFerrand}},
};

const std::vector<Silent> kEnglishSilent = {
    {"Okafor thinks that the plan will fail.", {kOkafor}},
    {"Hale believes the airline will survive the crisis.", {kHale}},
    {"The plane was so heavy that it could not climb.", {}},
    {"Hale spoke slowly so that everyone could follow.", {kHale}},
    {"It was announced that the airport would close.", {}},
    {"Okafor will say that the plan failed.", {kOkafor}},
    {"Hale denied that the airline had hidden anything.", {kHale}},
    {"According to official figures, exports fell by 3 percent.", {}},
    {"According to Reuters, the plane crashed into the sea.", {kReuters}},
    {"Did Hale say that the airline would close?", {kHale}},
    {"Hale said that \"nothing has been decided\".", {kHale}},
    {"Hale told the story that had been circulating for weeks.", {kHale}},
    {"Okafor said the word twice.", {kOkafor}},
    {"Hale rejected claims that she had misled investors.", {kHale}},
};

void check_silent(const std::string& language, const std::vector<Silent>& rows) {
    const QuoteAttributor attributor(language);
    for (const Silent& row : rows) {
        INFO(row.text);
        Document doc = make_document(row.text, language, row.entities);
        attributor.attribute(doc);
        for (const Quote& quote : doc.quotes)
            CHECK(to_string(quote.kind) != std::string("indirect"));
    }
}

} // namespace

TEST_CASE("French reported speech", "[quotes][indirect][fr]") {
    run_quote_cases("fr", kFrench);
}

TEST_CASE("English reported speech", "[quotes][indirect][en]") {
    run_quote_cases("en", kEnglish);
}

TEST_CASE("French sentences that report no claim stay silent", "[quotes][indirect][fr]") {
    check_silent("fr", kFrenchSilent);
}

TEST_CASE("English sentences that report no claim stay silent", "[quotes][indirect][en]") {
    check_silent("en", kEnglishSilent);
}

TEST_CASE("no reported speech in the title", "[quotes][indirect]") {
    Document doc = make_document(
        "Le ministre affirme que la crise est finie\n\nParis va mieux depuis lundi.", "fr", {});
    doc.title = doc.paragraphs.front();
    QuoteAttributor("fr").attribute(doc);
    CHECK(doc.quotes.empty());
}

TEST_CASE("indirect quotes keep text order, ids and groups", "[quotes][indirect]") {
    Document doc = make_document("«Nous partirons», a déclaré M. Lavrov. Il a ajouté que les "
                                 "troupes quitteraient la ville avant l'hiver. «Demain», a-t-il "
                                 "précisé.",
                                 "fr", {kLavrov});
    QuoteAttributor("fr").attribute(doc);
    REQUIRE(doc.quotes.size() == 3);
    CHECK(to_string(doc.quotes[1].kind) == std::string("indirect"));
    for (size_t i = 0; i < doc.quotes.size(); ++i) {
        CHECK(doc.quotes[i].id == "q" + std::to_string(i + 1));
        CHECK(doc.quotes[i].group == doc.quotes[i].id);
        if (i > 0)
            CHECK(doc.quotes[i - 1].span.end <= doc.quotes[i].span.start);
    }
    // An indirect quote has no marks: its marks are its span.
    CHECK(doc.quotes[1].marks == doc.quotes[1].span);
}

TEST_CASE("the HTML export shows an indirect quote without quotation marks",
          "[quotes][indirect][html]") {
    Document doc =
        make_document("Mme Dumas a affirmé que la réunion était reportée à lundi.", "fr", {kDumas});
    QuoteAttributor("fr").attribute(doc);
    REQUIRE(doc.quotes.size() == 1);
    const std::string html = write_html(doc, {"whosaid test", "2026-03-12", "", ""});
    // In the article itself, past the legend's sample of each style.
    const size_t quote = html.find("<span class=\"quote indirect", html.find("<article"));
    REQUIRE(quote != std::string::npos);
    // The article's paragraph holds no mark: the words were never quoted.
    const size_t paragraph = html.rfind("<p", quote);
    const std::string body = html.substr(paragraph, html.find("</p>", quote) - paragraph);
    CHECK(body.find("qmark") == std::string::npos);
    CHECK(html.find(".quote.indirect") != std::string::npos);
}

TEST_CASE("a sentence of thousands of reported clauses gives disjoint quotes inside it",
          "[quotes][indirect][hostile]") {
    std::string text;
    for (int i = 0; i < 5000; ++i)
        text += "M. Lavrov a affirmé que la ville, selon lui, a dit que « non » et ";
    text += "fin.";
    Document doc = make_document(text, "fr", {kLavrov});
    QuoteAttributor("fr").attribute(doc);
    REQUIRE_FALSE(doc.quotes.empty());
    for (size_t i = 0; i < doc.quotes.size(); ++i) {
        CHECK(doc.paragraphs.front().contains(doc.quotes[i].span));
        if (i > 0)
            CHECK(doc.quotes[i - 1].span.end <= doc.quotes[i].span.start);
    }
}
