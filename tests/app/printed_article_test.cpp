#include "article.h"
#include "article_fixture.h"
#include "corrections_controller.h"
#include "printed_article.h"
#include "qstring_maker.h"
#include "whosaid/loader.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <cstdlib>

namespace {

// The text of a PDF as core's own PDF reader (poppler) gives it, words joined by single spaces.
QString pdfText(const QString& path) {
    const whosaid::Result<whosaid::LoadedText> loaded =
        whosaid::Loader().load_file(path.toStdString(), {});
    REQUIRE(loaded);
    // NFKC: the fonts' ligatures ("ﬁ") come back as letters.
    return QString::fromStdU16String(loaded.value().text)
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

} // namespace

TEST_CASE("the PDF export says who spoke, with the legend and the table of quotations",
          "[gui][print]") {
    CorrectionsController controller;
    controller.open(std::make_shared<const Article>(fixture::article()), {});
    REQUIRE(controller.confirmSpeaker(0));
    const PrintedArticle printed(*controller.article(), QStringLiteral("2026-03-04"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("story.pdf"));
    QString error;
    REQUIRE(printed.writePdf(path, &error));
    CHECK(error.isEmpty());
    const QString text = pdfText(path);
    INFO(text.toStdString());
    // The speaker tag right after the quotation: certainty, speaker, verified, source.
    CHECK(text.contains(QRegularExpression(
        QStringLiteral("pas à pas »— ● sûre\\s?: Jean Dupont ✓ vérifié · Reuters, a déclaré"))));
    // The legend.
    for (const char* label : {"Légende", "Personne", "Organisation", "Lieu", "Média",
                              "Locuteur vérifié par une personne"})
        CHECK(text.contains(QString::fromUtf8(label)));
    // The table of quotations: its columns and the quotation's row.
    // (The PDF reader joins the cells of a row without spaces.)
    // (Narrow columns wrap the quotation's words around the other cells.)
    CHECK(text.contains(QRegularExpression(QStringLiteral("Citation ?Locuteur ?Sources"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("Certitude ?Pourquoi"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("1 Nous ?Jean Dupont ?Reuters"))));
    CHECK(text.contains(QRegularExpression(QStringLiteral("§ 3 ?● sûre"))));
    // The export has no navigation and no index of actors on paper.
    CHECK_FALSE(text.contains(QStringLiteral("Aller au texte")));
}

TEST_CASE("each kind of actor keeps its own underline on paper", "[gui][print]") {
    const Article article(fixture::article());
    const PrintedArticle printed(article, {});
    // The underline in the middle of name, where the text reads context.
    auto underlineOf = [&](const QString& context, const QString& name) {
        QTextCursor found = printed.document()->find(context);
        REQUIRE_FALSE(found.isNull());
        found.setPosition(found.selectionStart() + static_cast<int>(context.indexOf(name)) + 2);
        return found.charFormat().underlineStyle();
    };
    const QString dupont = QStringLiteral("négociateur Jean Dupont");
    CHECK(underlineOf(dupont, QStringLiteral("Jean")) == QTextCharFormat::SingleUnderline);
    const QString acme = QStringLiteral("groupe Acme");
    CHECK(underlineOf(acme, QStringLiteral("Acme")) == QTextCharFormat::DashUnderline);
    const QString paris = QStringLiteral("revenir à Paris");
    CHECK(underlineOf(paris, QStringLiteral("Paris")) == QTextCharFormat::DotLine);
    const QString reuters = QStringLiteral("agence Reuters");
    CHECK(underlineOf(reuters, QStringLiteral("Reuters")) == QTextCharFormat::WaveUnderline);
    // The speaker tag is no mention: not underlined.
    const QString tag = QStringLiteral("Jean Dupont · Reuters");
    CHECK(underlineOf(tag, QStringLiteral("Jean")) == QTextCharFormat::NoUnderline);
    // The first page as an image: A4 proportions, with text on it.
    const QImage page = printed.pageImage(0, 1.0);
    CHECK(std::abs(page.height() * 1000 / page.width() - 1414) <= 3);
    CHECK(page.width() > 780);
    bool ink = false;
    for (int y = 0; y < page.height() && !ink; y += 4)
        for (int x = 0; x < page.width() && !ink; ++x)
            ink = qGray(page.pixel(x, y)) < 64;
    CHECK(ink);
}

TEST_CASE("the PDF is proposed beside the article under its name", "[gui][print]") {
    CHECK(PrintedArticle::proposedPdfPath(QStringLiteral("/news/2026/story.fr.txt")) ==
          QStringLiteral("/news/2026/story.fr.pdf"));
    CHECK(PrintedArticle::proposedPdfPath({}) == QDir::homePath() + QStringLiteral("/article.pdf"));
    QTemporaryDir dir;
    const PrintedArticle printed(Article(fixture::article()), {});
    QString error;
    CHECK_FALSE(printed.writePdf(dir.filePath(QStringLiteral("missing/folder/x.pdf")), &error));
    CHECK_FALSE(error.isEmpty());
}
