#include "text/document_fixtures.h"
#include "text/pdf_encryption.h"
#include "text/pdf_layout.h"
#include "whosaid/analyzer.h"
#include "whosaid/html_writer.h"
#include "whosaid/json_writer.h"
#include "whosaid/loader.h"
#include "whosaid/unicode_text.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using fixtures::PdfLine;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string hex(const std::string& bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (unsigned char c : bytes) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

// Four pages: a paragraph on page 1, one that starts at the foot of page 1 and goes on at
// the top of page 2, a quotation on page 2, a blank page 3 and a last paragraph on page 4.
std::vector<std::vector<PdfLine>> four_pages() {
    return {
        {{72, 760, "La préfecture du Finistère a publié mardi le bilan des crues de l'hiver."},
         {72, 120, "Les dégâts touchent surtout les communes du littoral, où les digues"},
         {72, 107, "construites après la tempête de 1987 n'ont pas tenu face aux"}},
        {{72, 760, "vagues de février, selon les services de l'État."},
         {72, 732,
          "« Nous reconstruirons les digues avant l'automne », a déclaré le préfet "
          "Alain Kerouredan."}},
        {},
        {{72, 760, "Le conseil départemental votera les crédits en mars."}},
    };
}

whosaid::Document analyzed(const std::string& bytes, const std::string& name) {
    auto doc = whosaid::Analyzer().analyze_bytes(bytes, name, {});
    if (!doc)
        FAIL(doc.error().message);
    return std::move(doc).value();
}

std::vector<int> paragraph_pages(const whosaid::Document& doc) {
    std::vector<int> pages;
    for (const whosaid::Span& paragraph : doc.paragraphs)
        pages.push_back(doc.page_at(paragraph.start));
    return pages;
}

} // namespace

TEST_CASE("a PDF's paragraphs know the page they start on", "[loader][pdf]") {
    const whosaid::Document doc = analyzed(fixtures::make_pdf(four_pages()), "crues.pdf");
    REQUIRE(doc.paragraphs.size() == 4);
    // Offsets stay exact: each paragraph's span is its text, the one cut by the page break
    // whole.
    CHECK(whosaid::to_utf8(doc.slice(doc.paragraphs[1])) ==
          "Les dégâts touchent surtout les communes du littoral, où les digues construites "
          "après la tempête de 1987 n'ont pas tenu face aux vagues de février, selon les "
          "services de l'État.");
    CHECK(whosaid::to_utf8(doc.slice(doc.paragraphs[3])) ==
          "Le conseil départemental votera les crédits en mars.");
    // The paragraph continued across the break says the page it starts on; the blank page 3
    // starts no paragraph.
    CHECK(paragraph_pages(doc) == std::vector<int>{1, 1, 2, 4});
    CHECK(doc.source.page_starts.size() == 4);
    // Any position inside a paragraph gives the page where that paragraph starts.
    CHECK(doc.page_at(doc.paragraphs[1].end - 1) == 1);
    CHECK(doc.page_at(doc.paragraphs[2].start + 5) == 2);

    SECTION("in the JSON: one page per paragraph") {
        const std::string json = whosaid::write_json(doc, {});
        CHECK(contains(json, "\"format\":\"pdf\""));
        CHECK(contains(json, "\"pages\":[1,1,2,4]"));
    }
    SECTION("in the HTML export: the page count, a mark where a page starts, the quotation's "
            "page") {
        const std::string html = whosaid::write_html(doc, {});
        CHECK(contains(html, "<dt>Pages</dt><dd>4</dd>"));
        const size_t page_2 = html.find("<span class=\"page-mark\" title=\"page 2\">p.\u00a02");
        const size_t page_4 = html.find("<span class=\"page-mark\" title=\"page 4\">p.\u00a04");
        REQUIRE(page_2 != std::string::npos);
        REQUIRE(page_4 != std::string::npos);
        // Each mark opens the paragraph that starts its page; paragraph 2 goes on from page 1
        // and page 3 is blank: no mark of their own.
        CHECK(html.rfind("<p>", page_2) == page_2 - 3);
        CHECK(html.rfind("<p>", page_4) == page_4 - 3);
        CHECK(html.find("services de l", html.find("<article")) < page_2);
        CHECK(page_2 < html.find("reconstruirons", html.find("<article")));
        CHECK_FALSE(contains(html, "title=\"page 3\""));
        REQUIRE(doc.quotes.size() == 1);
        CHECK(contains(html, "<span class=\"page-ref\">p.\u00a02</span>"));
    }
}

TEST_CASE("other formats have no pages", "[loader][pdf]") {
    const whosaid::Document doc =
        analyzed("Le préfet a parlé.\n\n« Nous reconstruirons », a-t-il dit.\n", "crues.txt");
    CHECK(doc.source.page_starts.empty());
    CHECK(doc.page_at(0) == 0);
    CHECK_FALSE(contains(whosaid::write_json(doc, {}), "\"pages\""));
    const std::string html = whosaid::write_html(doc, {});
    CHECK_FALSE(contains(html, "class=\"page-mark\""));
    CHECK_FALSE(contains(html, "class=\"page-ref\""));
    CHECK_FALSE(contains(html, "<dt>Pages</dt>"));
}

TEST_CASE("a line break inside a PDF's word does not split its paragraph", "[loader][pdf]") {
    whosaid::text::PdfLayout layout;
    layout.add_page({{u"Le", 72, 70, 84, 81, true},
                     {u"port\nde", 88, 70, 120, 81, true},
                     {u"Brest\u2028ferme.", 124, 70, 180, 81, false}});
    layout.add_page({{u"Il\rrouvre.", 72, 70, 120, 81, false}});
    const std::vector<whosaid::text::PdfParagraph> paragraphs = layout.paragraphs();
    REQUIRE(paragraphs.size() == 2);
    CHECK(paragraphs[0].text == u"Le port de Brest ferme.");
    CHECK(paragraphs[0].page == 1);
    CHECK(paragraphs[1].text == u"Il rouvre.");
    CHECK(paragraphs[1].page == 2);
}

TEST_CASE("the test's MD5 and RC4 give the published results", "[loader][pdf]") {
    // RFC 1321's test suite and the common RC4 test vector.
    CHECK(hex(fixtures::md5("")) == "d41d8cd98f00b204e9800998ecf8427e");
    CHECK(hex(fixtures::md5("abc")) == "900150983cd24fb0d6963f7d28e17f72");
    CHECK(hex(fixtures::md5("message digest")) == "f96b697d7cb7938d525a2f31aaf161d0");
    CHECK(hex(fixtures::md5("12345678901234567890123456789012345678901234567890123456789012345"
                            "678901234567890")) == "57edf4a22be3c955ac49da2e2107b67a");
    CHECK(hex(fixtures::rc4("Key", "Plaintext")) == "bbf316e8d940af0ad3");
}

TEST_CASE("encrypted PDFs: read when no password is needed, refused clearly when one is",
          "[loader][pdf]") {
    const std::vector<std::vector<PdfLine>> pages = {
        {{72, 760, "Le syndicat des marins-pêcheurs appelle à une grève jeudi."}}};
    SECTION("an empty user password: the text, as any PDF reader shows it") {
        const auto loaded = whosaid::Loader().load_bytes(
            fixtures::make_encrypted_pdf(pages, "", "proprietaire"), "greve.pdf", {});
        REQUIRE(loaded);
        CHECK(whosaid::to_utf8(loaded.value().text) ==
              "Le syndicat des marins-pêcheurs appelle à une grève jeudi.");
        CHECK(loaded.value().source.page_starts == std::vector<int32_t>{0});
    }
    SECTION("a user password: an error that says so and names the file") {
        const auto loaded = whosaid::Loader().load_bytes(
            fixtures::make_encrypted_pdf(pages, "secret", "proprietaire"), "greve.pdf", {});
        REQUIRE_FALSE(loaded);
        CHECK(loaded.error().code == whosaid::ErrorCode::BinaryContent);
        CHECK(contains(loaded.error().message, "greve.pdf"));
        CHECK(contains(loaded.error().message, "protected by a password"));
    }
}
