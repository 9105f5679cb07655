// Issue 17, item 13 in the window: a UTF-8 article with bad bytes opens, and a bar above it
// says so (translated) until the person dismisses it or opens another article.
#include "language_scope.h"
#include "load_warning_bar.h"
#include "main_window.h"
#include "qstring_maker.h"
#include "reading_view.h"
#include "whosaid/document.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

// Wire copy in UTF-8 with stray windows-1252 bytes (0xE0, 0x92) at bytes 23 and 74.
const QByteArray kDamaged = "Le pr\xC3\xA9sident a parl\xC3\xA9 \xE0 Nantes mardi. "
                            "\xC2\xAB Nous resterons \xC2\xBB, a d\xC3\xA9"
                            "clar\xC3\xA9 l\x92\xC3\xA9lu de la r\xC3\xA9gion.\n";
const QByteArray kClean = "Le pr\xC3\xA9sident a parl\xC3\xA9 \xC3\xA0 Nantes mardi.\n";

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

void openIn(MainWindow& window, const QString& path) {
    QSignalSpy shown(&window, &MainWindow::articleShown);
    window.openFile(path);
    REQUIRE(shown.wait(20000));
}

} // namespace

TEST_CASE("the window shows the loader's warnings until dismissed", "[gui][encoding][window]") {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QTemporaryDir dir;
    const QString damaged = writeFile(dir, QStringLiteral("d\u00E9p\u00EAche.txt"), kDamaged);
    const QString clean = writeFile(dir, QStringLiteral("clean.txt"), kClean);
    MainWindow window;
    LoadWarningBar* bar = window.loadWarningBar();
    CHECK(bar->isHidden());

    openIn(window, damaged);
    CHECK_FALSE(bar->isHidden());
    CHECK(bar->message() == QStringLiteral("“d\u00E9p\u00EAche.txt” is not entirely valid UTF-8: "
                                           "2 bytes could not be read (the first at byte 23) "
                                           "and show as \uFFFD. The rest of the text is as "
                                           "written."));
    // The article itself is the UTF-8 text, not a windows-1252 reading of it.
    CHECK(window.readingView()->toPlainText().contains(QStringLiteral("pr\u00E9sident")));

    SECTION("dismissing hides it for this article, corrections included") {
        bar->findChild<QPushButton*>(QStringLiteral("dismissLoadWarning"))->click();
        CHECK(bar->isHidden());
        CHECK(bar->message().isEmpty());
    }
    SECTION("another article without warnings hides it; reopening shows it again") {
        openIn(window, clean);
        CHECK(bar->isHidden());
        openIn(window, damaged);
        CHECK_FALSE(bar->isHidden());
    }
    SECTION("it follows the language") {
        LanguageScope french(QStringLiteral("fr"));
        CHECK(bar->message().startsWith(QStringLiteral("«\u00A0d\u00E9p\u00EAche.txt\u00A0»")));
        CHECK(bar->message().contains(QStringLiteral("2 octets")));
        CHECK(bar->findChild<QPushButton*>(QStringLiteral("dismissLoadWarning"))->text() ==
              QStringLiteral("Fermer"));
    }
}

TEST_CASE("a document shown directly brings its warnings", "[gui][encoding][window]") {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    MainWindow window;
    whosaid::Document doc;
    doc.text = u"Le pr\u00E9sident a parl\u00E9 \uFFFD Nantes.";
    doc.paragraphs = {{0, static_cast<int32_t>(doc.text.size())}};
    doc.warnings.push_back({whosaid::LoadWarning::Kind::InvalidUtf8, 1, 23, "wire.txt: ..."});
    window.showDocument(doc, QStringLiteral("wire.txt"));
    CHECK_FALSE(window.loadWarningBar()->isHidden());
    CHECK(window.loadWarningBar()->message().contains(QStringLiteral("1 byte could not be read")));
    doc.warnings.clear();
    window.showDocument(doc, QStringLiteral("wire.txt"));
    CHECK(window.loadWarningBar()->isHidden());
}
