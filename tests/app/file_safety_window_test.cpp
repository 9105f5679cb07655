// Issue 17 in the window: the bar that tells about an unreadable or unsaved corrections file,
// its choices, two windows on one article, and the warning on closing with unsaved work.
#include "alias_store.h"
#include "article.h"
#include "article_fixture.h"
#include "corrections_controller.h"
#include "file_problem_bar.h"
#include "main_window.h"
#include "qstring_maker.h"
#include "whosaid/corrections.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

namespace {

QString copyArticle(const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("quotes_fr.txt"));
    QFile::copy(QStringLiteral(WHOSAID_TEST_DATA "/articles/quotes_fr.txt"), path);
    return path;
}

void openIn(MainWindow& window, const QString& path) {
    QSignalSpy shown(&window, &MainWindow::articleShown);
    window.openFile(path);
    REQUIRE(shown.wait(20000));
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Clicks the button of role in the next modal message box; records its text.
void answerNextBox(QMessageBox::StandardButton button, QString* text) {
    QTimer::singleShot(50, [button, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            answerNextBox(button, text);
            return;
        }
        *text = box->text() + QLatin1Char('\n') + box->informativeText();
        box->button(button)->click();
    });
}

bool hasActorNamed(const Article& article, const QString& name) {
    for (int e = 0; e < article.entityCount(); ++e)
        if (article.entityName(e) == name)
            return true;
    return false;
}

} // namespace

TEST_CASE("the window tells about an unreadable sidecar and replaces it only when asked",
          "[gui][corrections][files][window]") {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = copyArticle(dir);
    const QString sidecar = path + QStringLiteral(".whosaid.json");
    const QByteArray broken = "{\"format\": \"whosaid-corrections\", \"version\": 2}";
    QFile file(sidecar);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(broken);
    file.close();

    MainWindow window;
    window.show();
    openIn(window, path);
    FileProblemBar* bar = window.fileProblemBar();
    CHECK(bar->isVisible());
    CHECK(bar->correctionsMessage().contains(QDir::toNativeSeparators(sidecar)));
    CHECK(bar->correctionsMessage().contains(QStringLiteral("version")));
    auto* replace = bar->findChild<QPushButton*>(QStringLiteral("replaceCorrections"));
    REQUIRE(replace);
    CHECK(replace->isVisible());
    CHECK(bar->findChild<QPushButton*>(QStringLiteral("saveCorrectionsAs"))->isVisible());

    REQUIRE(window.corrections()->renameActor(0, QStringLiteral("Quelqu’un d’autre")));
    CHECK(readAll(sidecar) == broken);
    CHECK(bar->isVisible());

    replace->click();
    CHECK_FALSE(bar->isVisible());
    CHECK(readAll(sidecar + QStringLiteral(".bak")) == broken);
    CHECK(whosaid::load_corrections(sidecar.toStdString()).value().items.size() == 1);
    window.close();
}

TEST_CASE("two windows on one article keep each other's corrections",
          "[gui][corrections][files][window]") {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = copyArticle(dir);
    MainWindow first;
    MainWindow second;
    openIn(first, path);
    openIn(second, path);
    REQUIRE(first.article()->entityCount() > 1);
    const QString renamed = first.article()->entityName(0) + QStringLiteral(" (vérifié)");
    REQUIRE(first.corrections()->renameActor(0, renamed));
    const int quotes = second.article()->quoteCount();
    REQUIRE(quotes > 0);
    REQUIRE(second.corrections()->notAQuote(0));
    // second merged first's rename before saving; first takes second's change from disk.
    CHECK(hasActorNamed(*second.article(), renamed));
    QTRY_COMPARE_WITH_TIMEOUT(first.article()->quoteCount(), quotes - 1, 5000);
    CHECK(hasActorNamed(*first.article(), renamed));
    const auto saved = whosaid::load_corrections(path.toStdString() + ".whosaid.json");
    REQUIRE(saved.ok());
    CHECK(saved.value().items.size() == 2);
}

TEST_CASE("a failed save stays on screen and closing the window warns",
          "[gui][corrections][files][window]") {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(folder));
    QTemporaryDir source;
    QFile::copy(copyArticle(source), folder + QStringLiteral("/quotes_fr.txt"));
    const QString path = folder + QStringLiteral("/quotes_fr.txt");

    auto* window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose, false);
    window->show();
    openIn(*window, path);
    REQUIRE(QDir(folder).removeRecursively()); // the share went away
    REQUIRE(window->corrections()->notAQuote(0));
    FileProblemBar* bar = window->fileProblemBar();
    CHECK(bar->isVisible());
    CHECK(bar->findChild<QPushButton*>(QStringLiteral("retryCorrections"))->isVisible());
    CHECK(bar->findChild<QPushButton*>(QStringLiteral("saveCorrectionsAs"))->isVisible());
    CHECK(bar->isVisible());

    QString asked;
    answerNextBox(QMessageBox::Cancel, &asked);
    CHECK_FALSE(window->close());
    CHECK(window->isVisible());
    CHECK(asked.contains(QStringLiteral("not saved")));

    // Saved elsewhere: the window closes without asking.
    REQUIRE(bar->saveCorrectionsAs(dir.filePath(QStringLiteral("rescued.whosaid.json"))));
    CHECK_FALSE(bar->isVisible());
    CHECK(whosaid::load_corrections(
              dir.filePath(QStringLiteral("rescued.whosaid.json")).toStdString())
              .value()
              .items.size() == 1);
    CHECK(window->close());
    delete window;
}

TEST_CASE("closing with unsaved corrections can discard them",
          "[gui][corrections][files][window]") {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(folder));
    QTemporaryDir source;
    QFile::copy(copyArticle(source), folder + QStringLiteral("/quotes_fr.txt"));
    MainWindow window;
    window.show();
    openIn(window, folder + QStringLiteral("/quotes_fr.txt"));
    REQUIRE(QDir(folder).removeRecursively());
    REQUIRE(window.corrections()->notAQuote(0));
    QString asked;
    answerNextBox(QMessageBox::Discard, &asked);
    CHECK(window.close());
    CHECK_FALSE(asked.isEmpty());
}

TEST_CASE("opening another article asks before dropping unsaved corrections",
          "[gui][corrections][files][window]") {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(folder));
    QTemporaryDir source;
    const QString other = copyArticle(source);
    QFile::copy(other, folder + QStringLiteral("/quotes_fr.txt"));
    MainWindow window;
    window.show();
    openIn(window, folder + QStringLiteral("/quotes_fr.txt"));
    const int quotes = window.article()->quoteCount();
    REQUIRE(QDir(folder).removeRecursively());
    REQUIRE(window.corrections()->notAQuote(0));

    QString asked;
    answerNextBox(QMessageBox::Cancel, &asked);
    window.openFile(other);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 20000);
    CHECK_FALSE(asked.isEmpty());
    CHECK(window.article()->quoteCount() == quotes - 1); // still the corrected article
    CHECK(window.corrections()->hasUnsavedChanges());

    answerNextBox(QMessageBox::Discard, &asked);
    openIn(window, other);
    CHECK(window.article()->quoteCount() == quotes);
    CHECK_FALSE(window.corrections()->hasUnsavedChanges());
}

TEST_CASE("two windows share the alias list without losing a group",
          "[gui][aliases][files][window]") {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QString path = AliasStore().path();
    QFile::remove(path);
    {
        MainWindow first;
        MainWindow second;
        first.showDocument(fixture::article(), QStringLiteral("fixture"));
        second.showDocument(fixture::article(), QStringLiteral("fixture"));
        REQUIRE(second.article()->entityCount() == 4);
        REQUIRE(first.aliasStore()->save({{{u"Reuters", u"Acme"}}}).isEmpty());
        // second takes the new group from disk and applies it.
        QTRY_COMPARE_WITH_TIMEOUT(second.article()->entityCount(), 3, 5000);
        whosaid::AliasList more = second.aliasStore()->aliases();
        more.groups.push_back({u"Paris", u"Ville Lumière"});
        REQUIRE(second.aliasStore()->save(more).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(first.aliasStore()->aliases().groups.size(), size_t{2}, 5000);
        CHECK(whosaid::load_aliases(path.toStdString()).value().groups.size() == 2);
    }
    QFile::remove(path);
}
