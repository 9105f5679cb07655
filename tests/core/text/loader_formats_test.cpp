#include "text/document_fixtures.h"
#include "whosaid/analyzer.h"
#include "whosaid/json_writer.h"
#include "whosaid/loader.h"
#include "whosaid/unicode_text.h"

#include <catch2/catch.hpp>
#include <string>

using fixtures::PdfLine;
using whosaid::ErrorCode;
using whosaid::LoadOptions;

namespace {

whosaid::Result<whosaid::LoadedText> load(const std::string& bytes, const std::string& name,
                                          LoadOptions options = {}) {
    return whosaid::Loader().load_bytes(bytes, name, options);
}

std::string text_of(const std::string& bytes, const std::string& name) {
    const auto loaded = load(bytes, name);
    if (!loaded)
        FAIL(loaded.error().message);
    return whosaid::to_utf8(loaded.value().text);
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("a PDF's lines become paragraphs, hyphenated words joined again", "[loader][pdf]") {
    const std::string pdf = fixtures::make_pdf({{
        {72, 760, "Le maire de Quimper, Yves Tanguy, a présenté mardi le plan de circu-"},
        {72, 747, "lation du centre-ville aux riverains et au conseiller Jean-"},
        {72, 734, "Pierre Morvan."},
        {72, 706, "« Nous rouvrirons la rue piétonne en mai », a-t-il déclaré."},
    }});
    const auto loaded = load(pdf, "communique.pdf");
    REQUIRE(loaded);
    CHECK(loaded.value().source.format == "pdf");
    CHECK(whosaid::to_utf8(loaded.value().text) ==
          "Le maire de Quimper, Yves Tanguy, a présenté mardi le plan de circulation du "
          "centre-ville aux riverains et au conseiller Jean-Pierre Morvan.\n\n"
          "« Nous rouvrirons la rue piétonne en mai », a-t-il déclaré.");
}

TEST_CASE("a PDF's running header, footer and page numbers are dropped and a paragraph cut by "
          "a page break is joined",
          "[loader][pdf]") {
    std::vector<std::vector<PdfLine>> pages;
    const char* bodies[3][2] = {
        {"La commune lance un appel aux bénévoles pour la fête du port.",
         "Les travaux commenceront"},
        {"le 3 juin et dureront six semaines.", "Le budget atteint deux millions d'euros."},
        {"« Tout sera prêt pour l'été », a assuré l'adjointe Léa Guivarc'h.", "Fin."}};
    for (int p = 0; p < 3; ++p)
        pages.push_back({{72, 800, "COMMUNIQUÉ DE PRESSE - Ville de Douarnenez"},
                         {72, 740, bodies[p][0]},
                         {72, 712, bodies[p][1]},
                         {280, 40, "Page " + std::to_string(p + 1) + " sur 3"}});
    const std::string text = text_of(fixtures::make_pdf(pages), "communique.pdf");
    CHECK_FALSE(contains(text, "COMMUNIQUÉ"));
    CHECK_FALSE(contains(text, "sur 3"));
    CHECK(contains(text, "Les travaux commenceront le 3 juin et dureront six semaines."));
    CHECK(contains(text, "\n\n« Tout sera prêt pour l'été », a assuré l'adjointe Léa Guivarc'h."));
}

TEST_CASE("PDFs without text, damaged ones and huge ones get a clear answer", "[loader][pdf]") {
    SECTION("no text: a scanned document") {
        const auto loaded = load(fixtures::make_pdf({{}, {}}), "scan.pdf");
        REQUIRE_FALSE(loaded);
        CHECK(contains(loaded.error().message, "no text"));
        CHECK(contains(loaded.error().message, "scan.pdf"));
    }
    SECTION("damaged") {
        const auto loaded = load("%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage", "bad.pdf");
        REQUIRE_FALSE(loaded);
        CHECK(contains(loaded.error().message, "PDF"));
    }
    SECTION("10,000 pages: the first 2,000 are read") {
        std::vector<std::vector<PdfLine>> pages(10000);
        for (size_t p = 0; p < pages.size(); ++p)
            pages[p] = {{72, 800, "Bulletin municipal"},
                        {72, 780, "Édition spéciale"},
                        {72, 600, "Paragraphe " + std::to_string(p + 1) + "."},
                        {72, 60, "Mairie de Brest"},
                        {72, 40, std::to_string(p + 1)}};
        const std::string text = text_of(fixtures::make_pdf(pages), "annuaire.pdf");
        CHECK(contains(text, "Paragraphe 2000."));
        CHECK_FALSE(contains(text, "Paragraphe 2001."));
    }
}

TEST_CASE("a Word document's paragraphs, without deletions, footnotes or field codes",
          "[loader][docx]") {
    const std::string docx = fixtures::make_docx(
        "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Le port de Brest "
        "s'agrandit</w:t></w:r></w:p>"
        "<w:p><w:r><w:t xml:space=\"preserve\">Le président du port, </w:t></w:r>"
        "<w:del w:id=\"1\"><w:r><w:delText>Marc </w:delText></w:r></w:del>"
        "<w:r><w:t>Anne Le Du</w:t></w:r><w:r><w:t>ff, a signé</w:t></w:r><w:r><w:tab/>"
        "<w:t>l'accord.</w:t><w:footnoteReference w:id=\"2\"/></w:r>"
        "<w:r><w:instrText> PAGE </w:instrText></w:r></w:p>"
        "<w:p/>"
        "<w:p><w:r><w:t>&#171; C'est un grand jour &#187;, a-t-elle d&#233;clar&#233; &amp; "
        "souri.</w:t></w:r></w:p>");
    const auto loaded = load(docx, "port.docx");
    REQUIRE(loaded);
    CHECK(loaded.value().source.format == "docx");
    CHECK(whosaid::to_utf8(loaded.value().text) ==
          "Le port de Brest s'agrandit\n\nLe président du port, Anne Le Duff, a signé "
          "l'accord.\n\n« C'est un grand jour », a-t-elle déclaré & souri.");
}

TEST_CASE("an OpenDocument text's paragraphs and headings, without notes or tracked changes",
          "[loader][odt]") {
    const std::string odt = fixtures::make_odt(
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>Texte "
        "supprimé</text:p></text:deletion></text:changed-region></text:tracked-changes>"
        "<text:h text:outline-level=\"1\">La digue sera réparée</text:h>"
        "<text:p>Le préfet<text:s text:c=\"3\"/>a annoncé<text:tab/>les travaux"
        "<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
        "<text:note-body><text:p>Une note.</text:p></text:note-body></text:note>."
        "</text:p><text:p><text:span>« Nous agirons vite », a-t-il dit.</text:span></text:p>");
    const auto loaded = load(odt, "digue.odt");
    REQUIRE(loaded);
    CHECK(loaded.value().source.format == "odt");
    const std::string text = whosaid::to_utf8(loaded.value().text);
    CHECK(text == "La digue sera réparée\n\nLe préfet   a annoncé les travaux.\n\n« Nous agirons "
                  "vite », a-t-il dit.");
}

TEST_CASE("damaged and hostile zip containers are refused clearly", "[loader][docx]") {
    SECTION("corrupt") {
        const auto loaded = load(std::string("PK\x03\x04", 4) + std::string(300, 'x'), "a.docx");
        REQUIRE_FALSE(loaded);
        CHECK(contains(loaded.error().message, "damaged"));
    }
    SECTION("a zip bomb: the body inflates past the limit") {
        LoadOptions options;
        options.max_bytes = 1u << 20;
        const std::string bomb = fixtures::make_docx(
            "<w:p><w:r><w:t>" + std::string(3u << 20, ' ') + "</w:t></w:r></w:p>");
        REQUIRE(bomb.size() < options.max_bytes);
        const auto loaded = load(bomb, "bomb.docx", options);
        REQUIRE_FALSE(loaded);
        CHECK(loaded.error().code == ErrorCode::TooLarge);
    }
    SECTION("neither Word nor OpenDocument") {
        const auto loaded = load(fixtures::make_zip({{"photo.jpg", "not text"}}), "x.docx");
        REQUIRE_FALSE(loaded);
        CHECK(contains(loaded.error().message, "not a Word"));
    }
}

TEST_CASE("an e-mail: subject as title, text part decoded, sender, date and attachments kept",
          "[loader][email]") {
    SECTION("quoted-printable in Latin-1, encoded words in the headers") {
        const std::string eml = "From: =?ISO-8859-1?Q?Ma=EFwenn_Le_Goff?= <presse@example.org>\r\n"
                                "To: redaction@example.org\r\n"
                                "Date: Tue, 1 Dec 2026 09:30:00 +0100\r\n"
                                "Subject: =?UTF-8?B?SW5hdWd1cmF0aW9uIGR1IHBvbnQ=?=\r\n"
                                "MIME-Version: 1.0\r\n"
                                "Content-Type: text/plain; charset=iso-8859-1\r\n"
                                "Content-Transfer-Encoding: quoted-printable\r\n"
                                "\r\n"
                                "Le pont sera inaugur=E9 samedi. =AB Un jour attendu =BB, a d=\r\n"
                                "=E9clar=E9 le maire.\r\n";
        const auto loaded = load(eml, "message.eml");
        REQUIRE(loaded);
        const whosaid::SourceInfo& source = loaded.value().source;
        CHECK(source.format == "email");
        CHECK(source.sender == "Maïwenn Le Goff <presse@example.org>");
        CHECK(source.date == "Tue, 1 Dec 2026 09:30:00 +0100");
        CHECK(whosaid::to_utf8(loaded.value().text) ==
              "Inauguration du pont\n\nLe pont sera inauguré samedi. « Un jour attendu », a "
              "déclaré le maire.");
    }
    SECTION("multipart: the HTML part when there is no text part; attachments listed") {
        const std::string eml = "From: service.presse@example.org\n"
                                "Subject: Budget 2027\n"
                                "MIME-Version: 1.0\n"
                                "Content-Type: multipart/mixed; boundary=\"outer\"\n"
                                "\n"
                                "--outer\n"
                                "Content-Type: text/html; charset=UTF-8\n"
                                "Content-Transfer-Encoding: base64\n"
                                "\n"
                                "PHA+TGUgYnVkZ2V0IGVzdCB2b3TDqS48L3A+\n"
                                "--outer\n"
                                "Content-Type: application/pdf; name=\"budget.pdf\"\n"
                                "Content-Disposition: attachment; filename=\"budget.pdf\"\n"
                                "Content-Transfer-Encoding: base64\n"
                                "\n"
                                "JVBERi0xLjQK\n"
                                "--outer--\n";
        const auto loaded = load(eml, "budget.eml");
        REQUIRE(loaded);
        CHECK(whosaid::to_utf8(loaded.value().text) == "Budget 2027\n\nLe budget est voté.");
        REQUIRE(loaded.value().source.attachments.size() == 1);
        CHECK(loaded.value().source.attachments[0] == "budget.pdf");
    }
}

TEST_CASE("a document's quotations are attributed and its origin is in the JSON",
          "[loader][docx][email]") {
    const whosaid::Analyzer analyzer;
    const std::string docx = fixtures::make_docx(
        "<w:p><w:r><w:t>Le maire de Lorient, Yann Kerbrat, a présenté le budget "
        "mardi.</w:t></w:r></w:p><w:p><w:r><w:t>« Nous n'augmenterons pas les impôts », a "
        "déclaré Yann Kerbrat.</w:t></w:r></w:p>");
    const auto doc = analyzer.analyze_bytes(docx, "budget.docx", {});
    REQUIRE(doc);
    REQUIRE(doc.value().quotes.size() == 1);
    CHECK(doc.value().quotes[0].speaker.has_value());

    const std::string eml = "From: mairie@example.org\nDate: Mon, 7 Dec 2026 10:00:00 +0100\n"
                            "Subject: Budget\n\nLe budget est voté.\n";
    const auto mail = analyzer.analyze_bytes(eml, "budget.eml", {});
    REQUIRE(mail);
    const std::string json = whosaid::write_json(mail.value(), {});
    CHECK(contains(json, "\"format\":\"email\""));
    CHECK(contains(json, "\"sender\":\"mairie@example.org\""));
    CHECK(contains(json, "\"date\":\"Mon, 7 Dec 2026 10:00:00 +0100\""));
}
