#include "article.h"
#include "article_fixture.h"
#include "corrections_controller.h"
#include "printed_article.h"
#include "qstring_maker.h"
#include "whosaid/loader.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>

namespace {

// The text of a PDF as core's own PDF reader (poppler) gives it, words joined by single spaces.
QString pdfText(const QString& path) {
    const whosaid::Result<whosaid::LoadedText> loaded =
        whosaid::Loader().load_file(path.toStdString(), {});
    REQUIRE(loaded);
    return QString::fromStdU16String(loaded.value().text).simplified();
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
    // The speaker tag right after the quotation: speaker, verified, source.
    CHECK(text.contains(QStringLiteral("pas à pas » — Jean Dupont ✓ vérifié · Reuters")));
    // The legend.
    for (const char* label : {"Légende", "Personne", "Organisation", "Lieu", "Média",
                              "Locuteur vérifié par une personne"})
        CHECK(text.contains(QString::fromUtf8(label)));
    // The table of quotations: its columns and the quotation's row.
    CHECK(text.contains(QStringLiteral("Locuteur Sources")));
    CHECK(text.contains(QStringLiteral("Nous avancerons pas à pas Jean Dupont ✓ vérifié Reuters")));
    // The export has no navigation and no index of actors on paper.
    CHECK_FALSE(text.contains(QStringLiteral("Aller au texte")));
}

TEST_CASE("each kind of actor keeps its own underline on paper", "[gui][print]") {
    const Article article(fixture::article());
    const PrintedArticle printed(article, {});
    // The underline of the first fragment whose text is exactly name.
    auto underlineOf = [&](const QString& name) {
        for (QTextBlock block = printed.document()->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it)
                if (it.fragment().text() == name)
                    return it.fragment().charFormat().underlineStyle();
        FAIL("no fragment " << name.toStdString());
        return QTextCharFormat::NoUnderline;
    };
    CHECK(underlineOf(QStringLiteral("Jean Dupont")) == QTextCharFormat::SingleUnderline);
    CHECK(underlineOf(QStringLiteral("Acme")) == QTextCharFormat::DashUnderline);
    CHECK(underlineOf(QStringLiteral("Paris")) == QTextCharFormat::DotLine);
    CHECK(underlineOf(QStringLiteral("Reuters")) == QTextCharFormat::WaveUnderline);
    const QImage page = printed.pageImage(0, 1.0);
    CHECK(page.size() == QSize(794, 1123));
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
