#include "../html/sample_documents.h"
#include "whosaid/html_writer.h"
#include "whosaid/unicode_text.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <vector>

using namespace whosaid;

namespace {

std::string export_of(const Document& doc, std::string ui_language = "") {
    return write_html(doc, {"whosaid test", "2026-03-12", "", std::move(ui_language)});
}

size_t count(std::string_view haystack, std::string_view needle) {
    size_t n = 0;
    for (size_t at = haystack.find(needle); at != std::string_view::npos;
         at = haystack.find(needle, at + needle.size()))
        ++n;
    return n;
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

struct Tag {
    std::string name;
    bool closing = false;
    size_t begin = 0; // position of '<'
    size_t end = 0;   // position after '>'
};

// Every tag of the page in order (the doctype skipped). The export escapes every '<' and
// '>' of text and attributes, and its CSS holds no '<', so this simple scan is exact.
std::vector<Tag> tags_of(std::string_view html) {
    std::vector<Tag> tags;
    for (size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
        const size_t close = html.find('>', at);
        if (close == std::string_view::npos)
            break;
        if (html[at + 1] == '!')
            continue;
        Tag tag;
        tag.closing = html[at + 1] == '/';
        size_t name = at + (tag.closing ? 2 : 1);
        while (name < close && std::isalnum(static_cast<unsigned char>(html[name])))
            tag.name += html[name++];
        tag.begin = at;
        tag.end = close + 1;
        tags.push_back(tag);
    }
    return tags;
}

// Empty when every element closes in order and no link sits inside another; else the fault.
std::string nesting_problem(std::string_view html) {
    static const std::set<std::string> void_elements = {"meta", "br", "hr", "img", "link"};
    std::vector<std::string> open;
    for (const Tag& tag : tags_of(html)) {
        if (tag.closing) {
            if (open.empty() || open.back() != tag.name)
                return "</" + tag.name + "> closes <" + (open.empty() ? "nothing" : open.back()) +
                       ">";
            open.pop_back();
        } else if (!void_elements.count(tag.name)) {
            if (tag.name == "a" && std::count(open.begin(), open.end(), "a") > 0)
                return "<a> inside <a>";
            open.push_back(tag.name);
        }
    }
    return open.empty() ? "" : "<" + open.back() + "> never closed";
}

std::string unescape(std::string_view text) {
    static const std::pair<std::string_view, char> entities[] = {
        {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}, {"&amp;", '&'}};
    std::string out;
    for (size_t i = 0; i < text.size();) {
        bool replaced = false;
        for (const auto& [entity, c] : entities)
            if (text.substr(i, entity.size()) == entity) {
                out += c;
                i += entity.size();
                replaced = true;
                break;
            }
        if (!replaced)
            out += text[i++];
    }
    return out;
}

// The text inside the element whose start tag holds `marker`, without the speaker tags the
// export adds after quotations.
std::string element_text(std::string_view html, std::string_view marker) {
    const size_t at = html.find(marker);
    if (at == std::string_view::npos)
        return "<missing " + std::string(marker) + ">";
    const std::vector<Tag> tags = tags_of(html);
    auto start = std::find_if(tags.begin(), tags.end(),
                              [at](const Tag& t) { return t.begin < at && at < t.end; });
    std::string text;
    int depth = 0;
    int skipping_from = -1; // depth at which a speaker tag started
    for (auto t = start; t != tags.end(); ++t) {
        if (t != start && skipping_from < 0)
            text += unescape(html.substr(std::prev(t)->end, t->begin - std::prev(t)->end));
        if (t->closing) {
            --depth;
            if (depth == skipping_from)
                skipping_from = -1;
            if (depth == 0)
                break;
        } else {
            if (skipping_from < 0 &&
                html.substr(t->begin, t->end - t->begin).find("speaker-tag") != std::string::npos)
                skipping_from = depth;
            ++depth;
        }
    }
    return text;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace

TEST_CASE("every sample exports well-formed, with one element per mention and quotation",
          "[html]") {
    for (const samples::Sample& sample : samples::all_samples()) {
        DYNAMIC_SECTION(sample.name) {
            const std::string html = export_of(sample.doc);
            CHECK(nesting_problem(html).empty());
            CHECK(nesting_problem(html) == "");
            CHECK(count(html, " data-entity=\"") == static_cast<size_t>(sample.mentions));
            CHECK(count(html, " data-quote=\"") == static_cast<size_t>(sample.quotes));
            CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"", 0) == 0);
            CHECK(count(html, "<meta charset=\"utf-8\">") == 1);
            CHECK(count(html, "default-src 'none'") == 1);
            CHECK(html.find("http:") == std::string::npos);
            CHECK(html.find("https:") == std::string::npos);
            CHECK(html.find("url(") == std::string::npos);
            CHECK(html.find("@import") == std::string::npos);
            CHECK(lower(html).find("<script") == std::string::npos);
        }
    }
}

TEST_CASE("each mention and quotation element holds exactly its text", "[html]") {
    const Document docs[] = {samples::french_dispatch(), samples::english_dispatch(),
                             samples::non_bmp_article()};
    for (const Document& doc : docs) {
        const std::string html = export_of(doc);
        for (const Entity& entity : doc.entities)
            for (size_t m = 0; m < entity.mentions.size(); ++m) {
                const std::string marker =
                    "id=\"m-" + entity.id + "-" + std::to_string(m + 1) + "\"";
                Span span = entity.mentions[m].span;
                if (entity.id == "e3" && doc.language == "fr" && doc.entities.size() == 3)
                    --span.start; // the non-BMP sample's mention starting inside a pair
                CHECK(element_text(html, marker) == to_utf8(doc.slice(span)));
            }
        for (const Quote& quote : doc.quotes)
            CHECK(element_text(html, "data-quote=\"" + quote.id + "\"") ==
                  to_utf8(doc.slice(quote.span)));
    }
}

TEST_CASE("the text of the article never becomes markup", "[html]") {
    const std::string html = export_of(samples::hostile_article());
    REQUIRE(nesting_problem(html).empty());
    const std::string folded = lower(html);
    CHECK(folded.find("<script") == std::string::npos);
    CHECK(folded.find("<img") == std::string::npos);
    CHECK(folded.find("<b>") == std::string::npos);
    CHECK(folded.find("onerror=\"") == std::string::npos);
    CHECK(folded.find("onload=\"") == std::string::npos);
    CHECK(folded.find("onmouseover=") == std::string::npos);
    CHECK(html.find("<!--") == std::string::npos);
    CHECK(html.find("<![CDATA[") == std::string::npos);
    CHECK(count(html, "</style>") == 1);
    CHECK(count(html, "</title>") == 1);
    CHECK(html.find("&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;") !=
          std::string::npos);
    CHECK(html.find("&lt;img src=x onerror=&quot;document.title=&#39;PWNED&#39;&quot;&gt;") !=
          std::string::npos);
    CHECK(html.find("<html lang=\"und\">") != std::string::npos);
    // Hostile and duplicate ids are replaced; the plain first "e2" is kept.
    CHECK(count(html, " data-entity=\"ent-1\"") == 1);
    CHECK(count(html, " data-entity=\"e2\"") == 1);
    CHECK(count(html, " data-entity=\"ent-3\"") == 1);
    CHECK(count(html, "data-quote=\"quo-1\"") == 1);
    CHECK(html.find("data-speaker=\"ent-1\"") != std::string::npos);
    // Controls, noncharacters and the lone surrogate are replaced, never copied.
    CHECK(html.find("Null \uFFFD byte, \uFFFD next line, \uFFFD lone surrogate, \uFFFD and "
                    "\uFFFD end.") != std::string::npos);
}

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

TEST_CASE("crossing spans are split, never crossed", "[html]") {
    const std::string html = export_of(samples::overlapping_article());
    REQUIRE(nesting_problem(html).empty());
    CHECK(count(html, "data-entity-part=\"") >= 2);
    CHECK(count(html, "data-quote-part=\"q2\"") == 1);
    // A mention inside another mention is a span, not a link inside a link.
    CHECK(html.find("<span class=\"m person\" data-entity=\"e2\"") != std::string::npos);
    // The duplicate quote id and entity id get ids of their own.
    CHECK(count(html, "id=\"quo-3\"") == 1);
    CHECK(count(html, "id=\"ent-5\"") == 1);
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

TEST_CASE("an empty document still makes a complete page", "[html]") {
    const std::string html = export_of(samples::empty_document());
    CHECK(nesting_problem(html).empty());
    CHECK(html.find("<h1>Untitled article</h1>") != std::string::npos);
    CHECK(html.find("No actors found.") != std::string::npos);
    CHECK(html.find("No quotations found.") != std::string::npos);
}

TEST_CASE("thousands of crossing spans stay well-formed", "[html]") {
    Document doc;
    doc.language = "en";
    for (int i = 0; i < 5000; ++i)
        doc.text += u"word ";
    doc.paragraphs = {{0, static_cast<int32_t>(doc.text.size())}};
    Entity& entity = doc.entities.emplace_back();
    entity.id = "e1";
    entity.name = u"word";
    for (int32_t i = 0; i < 4000; ++i)
        entity.mentions.push_back({{i * 5, i * 5 + 2000}});
    const std::string html = export_of(doc);
    CHECK(nesting_problem(html).empty());
    CHECK(count(html, " data-entity=\"") > 0);
}

TEST_CASE("the French dispatch matches its golden export", "[html][golden]") {
    const std::string html = export_of(samples::french_dispatch());
    const std::string path = std::string(WHOSAID_TEST_DATA) + "/html/french_dispatch.html";
    // WHOSAID_UPDATE_GOLDEN=1 rewrites the file after a deliberate change; review the diff.
    if (std::getenv("WHOSAID_UPDATE_GOLDEN") != nullptr) {
        std::ofstream(path, std::ios::binary) << html;
    }
    const std::string golden = read_file(path);
    REQUIRE_FALSE(golden.empty());
    CHECK(html == golden);
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
