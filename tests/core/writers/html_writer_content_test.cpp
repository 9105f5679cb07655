// What the HTML export shows: labels in the document's language, speakers and sources, the
// title, the index and summary, long and bidirectional names, marks of certainty and paper.
#include "../html/sample_documents.h"
#include "whosaid/html_writer.h"
#include "whosaid/unicode_text.h"
#include "writers/html_test_support.h"

#include <catch2/catch.hpp>
#include <vector>

using namespace whosaid;
using namespace whosaid::test;

TEST_CASE("lang comes from the document, labels from its language", "[html]") {
    struct Row {
        std::string language;
        std::string ui_language;
        std::string lang_attribute;
        std::vector<std::string> labels;
    };
    const Row rows[] = {
        {"fr",
         "",
         "fr",
         {"<h2 id=\"ws-actors-title\">Acteurs</h2>", "Citations par source",
          "<th scope=\"col\">Locuteur</th>", "Légende", "Texte annoté"}},
        {"fr-CA", "", "fr-CA", {"Acteurs", "Citations par locuteur"}},
        {"en",
         "",
         "en",
         {"<h2 id=\"ws-actors-title\">Actors</h2>", "Quotations per source",
          "<th scope=\"col\">Speaker</th>", "Legend", "Annotated text"}},
        {"de", "", "de", {"Actors", "Quotations per speaker"}},
        {"", "", "und", {"Actors"}},
        {"fr", "en", "fr", {"Actors", "Quotations per source"}},
        {"en", "fr", "en", {"Acteurs"}},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.language << " / " << row.ui_language) {
            Document doc = samples::french_dispatch();
            doc.language = row.language;
            const std::string html = export_of(doc, row.ui_language);
            CHECK(html.find("<html lang=\"" + row.lang_attribute + "\">") != std::string::npos);
            for (const std::string& label : row.labels)
                CHECK(html.find(label) != std::string::npos);
        }
    }
}

TEST_CASE("quotations show their speaker and sources without hovering", "[html]") {
    const std::string html = export_of(samples::french_dispatch());
    CHECK(
        html.find("visually-hidden\">sûre\u00a0: </span><span class=\"who\"><bdi>Anatoli "
                  "Verkhov</bdi></span> · <span class=\"via\"><bdi>Interfax</bdi></span></span>") !=
        std::string::npos);
    CHECK(
        html.find("<span class=\"who\"><bdi>un haut responsable européen (anonyme)</bdi></span> · "
                  "<span class=\"via\"><bdi>AFP</bdi></span>") != std::string::npos);
    CHECK(html.find("data-tag-of=\"q9\" title=\"non attribuée — aucun locuteur trouvé\">— <span "
                    "class=\"certainty-mark\" aria-hidden=\"true\">⊘</span> <span "
                    "class=\"visually-hidden\">non attribuée\u00a0: </span><span "
                    "class=\"who\"><bdi>non attribuée</bdi></span>") != std::string::npos);
    // Unattributed quotations inside another one are the outer speaker's words: no tag.
    CHECK(html.find("data-tag-of=\"q5\"") == std::string::npos);
    CHECK(html.find("data-tag-of=\"q6\"") == std::string::npos);
    // The marks stay visible outside the quote element.
    CHECK(
        html.find("<span class=\"qmark\">«\u00a0</span><span class=\"quote direct\" "
                  "data-quote=\"q2\" data-speaker=\"e4\" data-sources=\"e6\" id=\"q2\">Nous ne") !=
        std::string::npos);
    // Speaker and source mentions carry extra classes and point at their quotations.
    CHECK(html.find("<a class=\"m person speaker\" data-entity=\"e4\" data-form=\"title\" "
                    "data-speaker-of=\"q2\" href=\"#e4\" id=\"m-e4-2\"") != std::string::npos);
    CHECK(html.find("class=\"m media source\" data-entity=\"e6\"") != std::string::npos);
    CHECK(html.find("<span class=\"speaker-ref anonymous\" data-speaker-of=\"q7\">un haut "
                    "responsable européen</span>") != std::string::npos);
    CHECK(html.find("<span class=\"cue\" data-cue-of=\"q2\">a déclaré</span>") !=
          std::string::npos);
}

TEST_CASE("the title paragraph is the page's h1, annotated", "[html]") {
    const std::string html = export_of(samples::french_dispatch());
    const size_t h1 = html.find("<h1>");
    const size_t mention = html.find("id=\"m-e1-1\"");
    CHECK(h1 < mention);
    CHECK(mention < html.find("</h1>"));
    CHECK(html.find("<title>Gaz : Moscou rejette l’ultimatum de Bruxelles</title>") !=
          std::string::npos);
    CHECK(html.find("<dt>Fichier</dt><dd>gaz-moscou.txt</dd>") != std::string::npos);
    const std::string english = export_of(samples::english_dispatch());
    CHECK(english.find("<dt>File</dt><dd>fishing-talks.txt</dd>") != std::string::npos);
}

TEST_CASE("the index links every actor and mention, the summary counts sources", "[html]") {
    const std::string html = export_of(samples::french_dispatch());
    for (int e = 1; e <= 12; ++e) {
        const std::string id = "e" + std::to_string(e);
        CHECK(count(html, "<li class=\"actor") > 0);
        CHECK(count(html, "\" id=\"" + id + "\"><a class=\"actor-name\" href=\"#" + id + "\">") ==
              1);
        CHECK(count(html, "body:has(#" + id + ":target") == 1);
    }
    CHECK(
        html.find("Anatoli Verkhov</bdi></a> <span class=\"count\">Personne · 2 mentions</span>") !=
        std::string::npos);
    CHECK(html.find("Interfax</bdi></a> <span class=\"count\">Média · 1 mention</span>") !=
          std::string::npos);
    CHECK(count(html, "<a href=\"#m-e1-") == 4);
    CHECK(count(html, "<td><a href=\"#q") == 9);
    CHECK(html.find("<dt>Citations</dt><dd>9</dd>") != std::string::npos);
    CHECK(html.find("<dt>Locuteurs anonymes</dt><dd>1</dd>") != std::string::npos);
    CHECK(html.find("<dt>Non attribuées</dt><dd>3</dd>") != std::string::npos);
    CHECK(html.find("<dt>Avec au moins une source</dt><dd>4</dd>") != std::string::npos);
    CHECK(
        html.find(
            "<a href=\"#e4\"><bdi>Anatoli Verkhov</bdi></a></th><td class=\"num\">2</td><td><span "
            "class=\"share\"><span class=\"bar\" aria-hidden=\"true\"><span "
            "style=\"width:22.2%\"></span></span>22\u00a0%") != std::string::npos);
    CHECK(html.find("<th scope=\"row\"><bdi>sans source</bdi></th><td class=\"num\">5</td>") !=
          std::string::npos);
}

TEST_CASE("an actor name with bidirectional controls stays isolated in the page", "[html][bidi]") {
    Document doc = samples::french_dispatch();
    REQUIRE_FALSE(doc.entities.empty());
    // Names come from corrections files and from the article: either may hold U+202E.
    doc.entities.front().name = u"\u202Etxt.exe Verkhov";
    const std::string html = export_of(doc);
    CHECK(html.find("\u202E") == std::string::npos);
    CHECK(html.find("<bdi>txt.exe Verkhov</bdi>") != std::string::npos);
}

TEST_CASE("a very long actor name can wrap instead of widening the page", "[html]") {
    const std::string html = export_of(samples::french_dispatch());
    const size_t rule = html.find("bdi, .actor,");
    REQUIRE(rule != std::string::npos);
    CHECK(html.substr(rule, 80).find("overflow-wrap: anywhere") != std::string::npos);
}

TEST_CASE("a verified speaker is marked, and a page for paper keeps only what prints",
          "[html][paper]") {
    struct Row {
        const char* name;
        bool paper;
        bool verified;
        std::vector<std::string> present;
        std::vector<std::string> absent;
    };
    const std::vector<Row> rows = {
        {"screen, nothing verified",
         false,
         false,
         {"class=\"toc\"", "id=\"ws-actors\"", "class=\"hint\"", "class=\"skip\""},
         {"class=\"verified\"", "Locuteur vérifié par une personne"}},
        {"screen, one speaker verified",
         false,
         true,
         {"</bdi></span> <strong class=\"verified\">✓\u00a0vérifié</strong>",
          "<li><strong class=\"verified\">✓\u00a0vérifié</strong> Locuteur vérifié par une "
          "personne</li>"},
         {}},
        {"paper",
         true,
         true,
         {"id=\"ws-quotes\"", "id=\"ws-sources\"", "class=\"legend\"", "class=\"speaker-tag",
          ".m.person { color: #000001; }", "<strong class=\"verified\">"},
         {"class=\"toc\"", "id=\"ws-actors\"", "class=\"hint\"", "class=\"skip\"", "var(--",
          ":has("}},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.name) {
            Document doc = samples::french_dispatch();
            REQUIRE_FALSE(doc.quotes.empty());
            REQUIRE(doc.quotes.front().speaker);
            doc.quotes.front().verified = row.verified;
            HtmlOptions options{"whosaid test", "2026-03-12", "", ""};
            options.paper = row.paper;
            const std::string html = write_html(doc, options);
            CHECK(nesting_problem(html).empty());
            for (const std::string& text : row.present) {
                INFO(text);
                CHECK(html.find(text) != std::string::npos);
            }
            for (const std::string& text : row.absent) {
                INFO(text);
                CHECK(html.find(text) == std::string::npos);
            }
            // The mark follows the verified quotation's speaker in the text and in the table.
            CHECK(count(html, "<strong class=\"verified\">") == (row.verified ? 3u : 0u));
        }
    }
}
