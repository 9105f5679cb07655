// Real news pages, as sites build them: the article among navigation, share buttons, figure
// captions, "lire aussi" blocks and related links; the headline, byline, date and address
// from the markup (issue 19). Every page here is written for the test.
#include "text/loader_test_support.h"
#include "whosaid/analyzer.h"
#include "whosaid/json_writer.h"

#include <vector>

using namespace whosaid;
using whosaid::test::utf8;

namespace {

LoadedText load_page(const std::string& html) {
    const Result<LoadedText> loaded = Loader().load_bytes(html, "page.html", {});
    INFO((loaded ? std::string("ok") : loaded.error().message));
    REQUIRE(loaded.ok());
    return std::move(loaded).value();
}

// A French regional daily's article page, furniture included.
const std::string kFrenchPage = R"(<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Grève au port de Brest : les dockers maintiennent le blocage - Le Courrier de l'Ouest</title>
<meta property="og:site_name" content="Le Courrier de l'Ouest">
<meta property="article:published_time" content="2026-03-12T09:41:00+01:00">
<meta name="author" content="Jeanne Morvan">
<link rel="canonical" href="https://courrier.example/economie/greve-port-brest-1234.html">
<script type="application/ld+json">{"headline": "ne pas lire"}</script>
</head><body class="has-sidebar">
<header class="site-header"><a href="/">Le Courrier</a><nav><ul><li><a href="/politique">Politique</a></li><li><a href="/economie">Économie</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Accueil</a> › <a href="/economie">Économie</a></div>
<main>
<article>
<header>
<h1>Grève au port de Brest : les dockers maintiennent le blocage</h1>
<p class="article-byline">Par <a rel="author" href="/auteurs/jm">Jeanne Morvan</a></p>
<p class="publication-date">Publié le <time datetime="2026-03-12T09:41:00+01:00">12 mars 2026 à 9 h 41</time></p>
</header>
<ul class="share-buttons"><li><a href="#">Partager sur Facebook</a></li><li><a href="#">Partager sur X</a></li><li><button>Copier le lien</button></li></ul>
<figure class="article-image"><img src="port.jpg" alt="Le port"><figcaption>Les grues à l'arrêt mardi. Photo Yann Le Goff</figcaption></figure>
<div class="article-body">
<p>BREST, 12 mars 2026 (AFP) - Les dockers du port de Brest ont reconduit mercredi le blocage des terminaux, a annoncé la CGT.</p>
<p>« Nous ne lèverons pas le piquet tant que la direction refusera de négocier », a déclaré Loïc Tanguy, délégué syndical.</p>
<p><strong>Lire aussi :</strong> <a href="/economie/ports-bretons">Les ports bretons face à la concurrence</a></p>
<p>La direction du port a dit regretter « un mouvement disproportionné ».</p>
<aside class="inline-related"><h3>Sur le même sujet</h3><ul><li><a href="/a">Le trafic de conteneurs recule</a></li></ul></aside>
<div class="newsletter-signup"><p>Inscrivez-vous à notre lettre d'information.</p></div>
</div>
<footer class="article-footer"><ul class="tags"><li><a href="/tag/brest">Brest</a></li></ul></footer>
</article>
<section class="related-articles"><h2>À lire aussi</h2><article><h3><a href="/b">Un autre sujet</a></h3></article></section>
</main>
<footer class="site-footer"><p>© Le Courrier de l'Ouest</p></footer>
</body></html>
)";

} // namespace

TEST_CASE("a news page yields its article without the page around it", "[loader][html][news]") {
    const LoadedText loaded = load_page(kFrenchPage);
    CHECK(utf8(loaded.text) ==
          utf8(u"Grève au port de Brest : les dockers maintiennent le blocage\n\n"
               u"BREST, 12 mars 2026 (AFP) - Les dockers du port de Brest ont reconduit "
               u"mercredi le blocage des terminaux, a annoncé la CGT.\n\n"
               u"« Nous ne lèverons pas le piquet tant que la direction refusera de négocier "
               u"», a déclaré Loïc Tanguy, délégué syndical.\n\n"
               u"La direction du port a dit regretter « un mouvement disproportionné »."));
    CHECK(loaded.source.format == "html");
    CHECK(loaded.source.author == "Jeanne Morvan");
    CHECK(loaded.source.date == "2026-03-12T09:41:00+01:00");
    CHECK(loaded.source.url == "https://courrier.example/economie/greve-port-brest-1234.html");
}

TEST_CASE("each kind of furniture is left out", "[loader][html][news]") {
    struct Row {
        const char* name;
        std::string html;
        std::u16string expected;
    };
    const std::vector<Row> rows = {
        {"share links by class", "<p>a</p><div class='social-share'><a>Tweet</a></div><p>b</p>",
         u"a\n\nb"},
        {"BEM element", "<p>a</p><div class='story__sharing'>Partager</div><p>b</p>", u"a\n\nb"},
        {"id", "<p>a</p><div id='comments'><p>Bravo !</p></div><p>b</p>", u"a\n\nb"},
        {"role", "<div role='navigation'>Menu</div><p>a</p><div role='complementary'>x</div>",
         u"a"},
        {"hidden",
         "<p>a<span class='sr-only'> (ouvre un nouvel onglet)</span></p>"
         "<div hidden>x</div><p aria-hidden='true'>y</p>",
         u"a"},
        {"figure and caption",
         "<p>a</p><figure><img><figcaption>Photo AFP</figcaption></figure>"
         "<p>b</p>",
         u"a\n\nb"},
        {"caption outside a figure", "<p>a</p><div class='image-caption'>Le port</div>", u"a"},
        {"lire aussi line", "<p>a</p><p>LIRE AUSSI - <a>Le port ferme</a></p><p>b</p>", u"a\n\nb"},
        {"read more line", "<p>a</p><p>Read more: <a href='/x'>Talks stall</a></p>", u"a"},
        {"heading of links",
         "<p>a</p><h2>Related stories</h2><ul><li><a>One</a></li>"
         "<li><a>Two</a></li></ul><p>b</p>",
         u"a\n\nb"},
        {"a paragraph of one link", "<p>a</p><p><a href='/v'>Voir la vidéo</a></p>", u"a"},
        {"lire aussi block by class", "<p>a</p><div class='lire-aussi'><p>x</p></div>", u"a"},
        {"advertising", "<p>a</p><div class='ad-slot'>Publicité</div><p>b</p>", u"a\n\nb"},
        {"date line", "<p class='timestamp'>Mis à jour à 10 h</p><p>a</p>", u"a"},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.name) {
            CHECK(utf8(load_page(row.html).text) == utf8(row.expected));
        }
    }
}

TEST_CASE("article text is kept where furniture rules could catch it", "[loader][html][news]") {
    struct Row {
        const char* name;
        std::string html;
        std::u16string expected;
    };
    const std::vector<Row> rows = {
        {"a layout class naming its sidebar", "<div class='layout-with-sidebar'><p>a</p></div>",
         u"a"},
        {"a link inside a sentence",
         "<p>Le syndicat a <a href='/x'>publié un communiqué</a> mercredi soir.</p>",
         u"Le syndicat a publié un communiqué mercredi soir."},
        {"a sentence starting like a label",
         "<p>Related to the strike, the minister said talks would resume.</p>",
         u"Related to the strike, the minister said talks would resume."},
        {"a linked headline", "<h1><a href='/x'>Le port rouvre</a></h1><p>a</p>",
         u"Le port rouvre\n\na"},
        {"the article's own header",
         "<article><header><h1>T</h1><p>Chapeau.</p></header>"
         "<p>a</p></article>",
         u"T\n\nChapeau.\n\na"},
        {"a dateline span", "<p><span class='dateline'>PARIS (AFP) -</span> Texte.</p>",
         u"PARIS (AFP) - Texte."},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.name) {
            CHECK(utf8(load_page(row.html).text) == utf8(row.expected));
        }
    }
}

TEST_CASE("the marked article wins over the rest of the page", "[loader][html][news]") {
    struct Row {
        const char* name;
        std::string html;
        std::u16string expected;
    };
    const std::vector<Row> rows = {
        {"articleBody",
         "<p>Bandeau.</p><div itemprop='articleBody'><p>a</p><div><p>b</p></div>"
         "</div><p>Pied.</p>",
         u"a\n\nb"},
        {"the longest article",
         "<article><p>Court.</p></article><article><p>Le vrai texte, "
         "plus long.</p></article><article><p>Bref.</p></article>",
         u"Le vrai texte, plus long."},
        {"main", "<div>Bandeau</div><main><p>a</p></main><div>Pied</div>", u"a"},
        {"headline above the article",
         "<div class='top'><h1>Titre</h1></div><article><p>a</p>"
         "</article><p>Autre.</p>",
         u"Titre\n\na"},
        {"an article never closed", "<p>Bandeau.</p><article><p>a</p><p>b</p>", u"a\n\nb"},
        {"nothing marked", "<div><p>a</p></div><div><p>b</p></div>", u"a\n\nb"},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.name) {
            CHECK(utf8(load_page(row.html).text) == utf8(row.expected));
        }
    }
}

TEST_CASE("title, byline, date and address come from the markup", "[loader][html][news]") {
    struct Row {
        const char* name;
        std::string html;
        std::string first_line; // UTF-8
        std::string author;
        std::string date;
        std::string url;
    };
    const std::vector<Row> rows = {
        {"Open Graph",
         "<meta property='og:title' content='Talks resume at the port'>"
         "<meta property='og:url' content='https://news.example/a?x=1&amp;y=2'>"
         "<title>Talks - News</title><p>Text.</p>",
         "Talks resume at the port", "", "", "https://news.example/a?x=1&y=2"},
        {"site name cut from the title",
         "<meta property='og:site_name' content='The Daily Wire Desk'>"
         "<title>Port strike ends | The Daily Wire Desk</title><p>Text.</p>",
         "Port strike ends", "", "", ""},
        {"byline shown",
         "<h1>T</h1><div class='byline'>By <a>Sam Okafor</a> and "
         "<a>Lena Voss</a></div><p>Text.</p>",
         "T", "Sam Okafor and Lena Voss", "", ""},
        {"author meta over the byline",
         "<meta name='author' content='Ana Ruiz'><h1>T</h1>"
         "<p class='byline'>Par la rédaction</p><p>Text.</p>",
         "T", "Ana Ruiz", "", ""},
        {"an author address is not a name",
         "<meta property='article:author' content='https://social.example/ana'><h1>T</h1>"
         "<p>Text.</p>",
         "T", "", "", ""},
        {"time element", "<h1>T</h1><p>Le <time datetime='2026-03-12'>12 mars</time>, texte.</p>",
         "T", "", "2026-03-12", ""},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.name) {
            const LoadedText loaded = load_page(row.html);
            const std::string text = utf8(loaded.text);
            CHECK(text.substr(0, text.find('\n')) == row.first_line);
            CHECK(loaded.source.author == row.author);
            CHECK(loaded.source.date == row.date);
            CHECK(loaded.source.url == row.url);
        }
    }
}

TEST_CASE("a declared charset decodes a page that is not UTF-8", "[loader][html][encoding]") {
    // "Le d\xE9put\xE9 a r\xE9pondu" in windows-1252 / ISO-8859-15.
    const std::string body = "<p>Le d\xE9put\xE9 a r\xE9pondu \xA4 la presse.</p>";
    struct Row {
        const char* name;
        std::string html;
        std::string declared;
        std::string encoding;
        std::u16string text;
    };
    const std::vector<Row> rows = {
        {"meta only", "<meta charset='iso-8859-15'>" + body, "", "ISO-8859-15",
         u"Le d\u00E9put\u00E9 a r\u00E9pondu \u20AC la presse."},
        {"header over meta", "<meta charset='windows-1252'>" + body, "ISO-8859-15", "ISO-8859-15",
         u"Le d\u00E9put\u00E9 a r\u00E9pondu \u20AC la presse."},
        {"a header the bytes contradict (UTF-8) is ignored", "<meta charset='iso-8859-15'>" + body,
         "utf-8", "ISO-8859-15", u"Le d\u00E9put\u00E9 a r\u00E9pondu \u20AC la presse."},
        {"an unknown header is ignored", "<meta charset='iso-8859-15'>" + body, "x-nonsense",
         "ISO-8859-15", u"Le d\u00E9put\u00E9 a r\u00E9pondu \u20AC la presse."},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.name) {
            LoadOptions options;
            options.declared_encoding = row.declared;
            const Result<LoadedText> loaded = Loader().load_bytes(row.html, "page.html", options);
            REQUIRE(loaded.ok());
            CHECK(utf8(loaded.value().text) == utf8(row.text));
            CHECK(loaded.value().source.encoding == row.encoding);
        }
    }
}

TEST_CASE("a page's byline, date and address reach the JSON", "[loader][html][news]") {
    const whosaid::Analyzer analyzer;
    const auto doc = analyzer.analyze_bytes(kFrenchPage, "page.html", {});
    REQUIRE(doc);
    const std::string json = whosaid::write_json(doc.value(), {});
    CHECK(json.find("\"author\":\"Jeanne Morvan\"") != std::string::npos);
    CHECK(json.find("\"date\":\"2026-03-12T09:41:00+01:00\"") != std::string::npos);
    CHECK(json.find("\"url\":\"https://courrier.example/economie/greve-port-brest-1234.html\"") !=
          std::string::npos);
    // A plain text file has none of them.
    const auto text = analyzer.analyze_bytes("Le port est bloqué.", "note.txt", {});
    REQUIRE(text);
    const std::string plain = whosaid::write_json(text.value(), {});
    CHECK(plain.find("\"author\"") == std::string::npos);
    CHECK(plain.find("\"url\"") == std::string::npos);
}
