#include "actors_model.h"
#include "actors_panel.h"
#include "article.h"
#include "article_fixture.h"
#include "main_window.h"
#include "mentions_model.h"
#include "mentions_panel.h"
#include "qstring_maker.h"
#include "quotes_model.h"
#include "quotes_panel.h"
#include "reading_view.h"
#include "recent_files.h"

#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

// Test-mode settings, emptied, so no test reads the user's or another test's state.
void freshSettings() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void clickAt(ReadingView* view, int position) {
    QTextCursor cursor(view->document());
    cursor.setPosition(position);
    const QRect rect = view->cursorRect(cursor);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center() + QPoint(2, 0));
}

} // namespace

TEST_CASE("the main window opens the bundled sample", "[gui][window]") {
    freshSettings();
    MainWindow window;
    QSignalSpy shown(&window, &MainWindow::articleShown);
    window.openSample();
    REQUIRE(shown.wait(20000));
    CHECK(window.readingView()->toPlainText().contains(QStringLiteral("Lavrov")));
    // Whatever the recognizer finds, the models agree with the document.
    CHECK((window.actorsPanel()->model()->rowCount() > 0) == (window.article()->entityCount() > 0));
    CHECK(window.quotesPanel()->model()->rowCount() == window.article()->quoteCount());
    CHECK(window.windowTitle().contains(QStringLiteral("Ukraine")) ==
          window.article()->document().title.has_value());
}

TEST_CASE("clicking a name selects its actor and F3 cycles its mentions", "[gui][window]") {
    freshSettings();
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    window.showDocument(fixture::article(), QStringLiteral("fixture"));
    ReadingView* view = window.readingView();

    clickAt(view, fixture::positionOf(QStringLiteral("M. Dupont")) + 3);
    REQUIRE(window.selectedEntity() == 0);
    CHECK(window.currentMention() == 1);
    MentionsModel* mentions = window.mentionsPanel()->model();
    REQUIRE(mentions->rowCount() == 3);
    CHECK(mentions->index(0, MentionsModel::Context)
              .data()
              .toString()
              .contains(QStringLiteral("Jean Dupont")));
    CHECK(window.statusText() == QStringLiteral("Jean Dupont — 3 mentions, 1 quotation"));
    CHECK(window.actorsPanel()->view()->currentIndex().data().toString() ==
          QStringLiteral("Jean Dupont"));

    QTest::keyClick(view, Qt::Key_F3);
    CHECK(window.currentMention() == 2);
    QTest::keyClick(view, Qt::Key_F3);
    CHECK(window.currentMention() == 0);
    QTest::keyClick(view, Qt::Key_F3, Qt::ShiftModifier);
    CHECK(window.currentMention() == 2);
    QTest::keyClick(view, Qt::Key_Escape);
    CHECK(window.selectedEntity() == -1);
    CHECK(mentions->rowCount() == 0);

    clickAt(view, fixture::positionOf(QStringLiteral("Acme")) + 1);
    CHECK(window.selectedEntity() == 2);
    CHECK(window.statusText() == QStringLiteral("Acme — 1 mention, 0 quotations"));
}

TEST_CASE("the View menu toggles and the legend share one action per kind", "[gui][window]") {
    freshSettings();
    {
        MainWindow window;
        window.showDocument(fixture::article(), QStringLiteral("fixture"));
        window.kindAction(HighlightKind::Place)->setChecked(false);
        CHECK_FALSE(window.readingView()->isKindVisible(HighlightKind::Place));
        QTextCursor cursor(window.readingView()->document());
        cursor.setPosition(fixture::positionOf(QStringLiteral("Paris"), 1) + 1);
        CHECK(cursor.charFormat().underlineStyle() == QTextCharFormat::NoUnderline);
    }
    MainWindow restored; // the choice persists
    CHECK_FALSE(restored.readingView()->isKindVisible(HighlightKind::Place));
    CHECK(restored.readingView()->isKindVisible(HighlightKind::Person));
}

TEST_CASE("opened files are remembered in the recent files", "[gui][window]") {
    freshSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("depeche.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Une dépêche de test.\n\nDeuxième paragraphe.\n");
    file.close();
    {
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::articleShown);
        window.openFile(path);
        REQUIRE(shown.wait(20000));
        CHECK(window.readingView()->toPlainText().contains(QStringLiteral("dépêche")));
    }
    RecentFiles recent;
    REQUIRE_FALSE(recent.files().isEmpty());
    CHECK(recent.files().first() == path);
    for (int i = 0; i < 12; ++i)
        recent.add(dir.filePath(QStringLiteral("f%1.txt").arg(i)));
    CHECK(RecentFiles().files().size() == RecentFiles::kMaximum);
}

TEST_CASE("a file that cannot be opened is reported and the article stays", "[gui][window]") {
    freshSettings();
    MainWindow window;
    window.showDocument(fixture::article(), QStringLiteral("fixture"));
    const QString before = window.readingView()->toPlainText();
    QSignalSpy failed(&window, &MainWindow::errorOccurred);
    window.openFile(QStringLiteral("/nonexistent/absent.txt"));
    REQUIRE(failed.wait(20000));
    CHECK(window.lastError().contains(QStringLiteral("absent.txt")));
    CHECK(window.lastError().contains(QStringLiteral("does not exist")));
    CHECK(window.readingView()->toPlainText() == before);
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorMessage"));
    REQUIRE(box != nullptr);
    CHECK(box->text() == window.lastError());
    box->close();
}
