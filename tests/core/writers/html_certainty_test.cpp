// The HTML export's certainty marks, legend, count and explanations, and its palette.
#include "../html/sample_documents.h"
#include "whosaid/attribution_rule.h"
#include "whosaid/certainty.h"
#include "whosaid/highlight_palette.h"
#include "whosaid/html_writer.h"
#include "writers/html_labels.h"
#include "writers/html_rule_texts.h"
#include "writers/html_stylesheet.h"
#include "writers/html_test_support.h"

#include <catch2/catch.hpp>
#include <cstdio>

using namespace whosaid;
using whosaid::test::count;

namespace {

// The French dispatch with one quotation of each attributed level: the first sure, the
// second likely, the third unsure.
Document dispatch_with_levels() {
    Document doc = samples::french_dispatch();
    REQUIRE(doc.quotes.size() >= 3);
    for (Quote& quote : doc.quotes)
        quote.rule = "fr.quote-then-inverted-verb";
    doc.quotes[0].confidence = 0.9;
    doc.quotes[1].confidence = 0.6;
    doc.quotes[2].confidence = 0.3;
    doc.quotes[2].rule = "fr.continuation";
    return doc;
}

std::string hex(uint32_t rgb) {
    char out[8];
    std::snprintf(out, sizeof out, "#%06x", static_cast<unsigned>(rgb));
    return out;
}

} // namespace

TEST_CASE("speaker tags carry a certainty mark and say why in their title", "[html][certainty]") {
    const Document doc = dispatch_with_levels();
    const std::string html = write_html(doc, {"whosaid test", "2026-03-12", "", ""});
    // Every speaker tag (a quotation nested in another one has none) has its quotation's level.
    size_t tags = 0, unattributed = 0;
    for (const Quote& quote : doc.quotes) {
        if (html.find("data-tag-of=\"" + quote.id + "\"") == std::string::npos)
            continue;
        ++tags;
        const Certainty level = certainty_of(quote);
        unattributed += level == Certainty::Unattributed ? 1 : 0;
        INFO(quote.id);
        CHECK(html.find(std::string("certainty-") + to_string(level) + "\" data-certainty=\"" +
                        to_string(level) + "\" data-tag-of=\"" + quote.id + "\"") !=
              std::string::npos);
    }
    CHECK(count(html, " data-tag-of=\"") == tags);
    CHECK(unattributed > 0); // the dispatch has one
    CHECK(html.find("title=\"incertaine — à vérifier — même locuteur que la citation "
                    "précédente") != std::string::npos);
    CHECK(html.find("<span class=\"certainty-mark\" aria-hidden=\"true\">○</span> <span "
                    "class=\"visually-hidden\">incertaine — à vérifier\u00a0: </span>") !=
          std::string::npos);
}

TEST_CASE("the legend explains the marks and the summary counts what to check",
          "[html][certainty]") {
    const Document doc = dispatch_with_levels();
    size_t to_check = 0;
    for (const Quote& quote : doc.quotes)
        to_check += needs_check(certainty_of(quote)) ? 1 : 0;
    const std::string fr = write_html(doc, {"whosaid test", "2026-03-12", "", ""});
    const size_t legend = fr.find("<ul class=\"certainty-legend\">");
    REQUIRE(legend != std::string::npos);
    const std::string_view items =
        std::string_view(fr).substr(legend, fr.find("</ul>", legend) - legend);
    CHECK(count(items, "<li>") == 4);
    for (const char* name : {"sûre", "probable", "incertaine — à vérifier", "non attribuée"})
        CHECK(items.find(name) != std::string_view::npos);
    CHECK(fr.find("<dt>À vérifier</dt><dd>" + std::to_string(to_check) + "</dd>") !=
          std::string::npos);
    // The table of quotations: a certainty column and the reason in words.
    CHECK(count(fr, "<td class=\"certainty certainty-") == doc.quotes.size());
    CHECK(fr.find("<td class=\"why\">verbe de parole après la citation\u00a0: ") !=
          std::string::npos);
    const std::string en = write_html(doc, {"whosaid test", "2026-03-12", "", "en"});
    CHECK(en.find("<dt>To check</dt><dd>" + std::to_string(to_check) + "</dd>") !=
          std::string::npos);
    CHECK(en.find("<td class=\"why\">speech verb after the quotation: ") != std::string::npos);
    CHECK(en.find(">no speaker found</td>") != std::string::npos);
}

TEST_CASE("every attribution rule has an explanation in the export's languages",
          "[html][certainty]") {
    for (const std::string_view rule : attribution_rules()) {
        DYNAMIC_SECTION(rule) {
            const std::string_view french = writers::rule_text(rule, writers::labels_for("fr"));
            const std::string_view english = writers::rule_text(rule, writers::labels_for("en"));
            CHECK_FALSE(french.empty());
            CHECK_FALSE(english.empty());
            CHECK(french != english);
        }
    }
    CHECK(writers::rule_text("no-such-rule", writers::labels_for("en")).empty());
}

TEST_CASE("the page draws each kind with the reader's colour and cue", "[html][palette]") {
    const std::string rules = writers::palette_rules();
    const size_t dark = rules.find("@media (prefers-color-scheme: dark)");
    REQUIRE(dark != std::string::npos);
    for (int k = 0; k < kPaletteKindCount; ++k) {
        const PaletteEntry& entry = palette_entry(static_cast<PaletteKind>(k));
        DYNAMIC_SECTION(entry.key) {
            const std::string property = "--" + std::string(entry.key) + ": ";
            CHECK(rules.find(property + hex(entry.light)) < dark);
            CHECK(rules.find(property + hex(entry.dark), dark) != std::string::npos);
        }
    }
    // Organizations dashed, places dotted, media wavy: as in the window (they were swapped).
    CHECK(rules.find(".m.organization { text-decoration-style: dashed;") != std::string::npos);
    CHECK(rules.find(".m.place { text-decoration-style: dotted;") != std::string::npos);
    CHECK(rules.find(".m.media { text-decoration-style: wavy;") != std::string::npos);
    CHECK(
        rules.find(".m.speaker { text-decoration-line: underline overline; font-weight: 700; }") !=
        std::string::npos);
    CHECK(
        rules.find(".m.source { text-decoration-line: underline overline; font-style: italic; }") !=
        std::string::npos);
    // The print sheet, which comes after, turns every kind's colour black for grey printing.
    const std::string html =
        write_html(samples::french_dispatch(), {"whosaid test", "2026-03-12", "", ""});
    CHECK(html.find(rules) < html.find("@media print"));
}
