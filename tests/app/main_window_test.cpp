#include "actors_model.h"
#include "actors_panel.h"
#include "article.h"
#include "article_fixture.h"
#include "find_bar.h"
#include "main_window.h"
#include "mentions_model.h"
#include "mentions_panel.h"
#include "qstring_maker.h"
#include "quotes_filter.h"
#include "quotes_model.h"
#include "quotes_panel.h"
#include "reading_view.h"
#include "recent_files.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
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

TEST_CASE("a 2 MB article is analysed off the GUI thread", "[gui][window]") {
    freshSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    const QByteArray paragraph =
        "Le porte-parole du ministère a indiqué mardi que les discussions reprendraient "
        "« dès que possible », selon l'agence Reuters.\n\n";
    while (file.size() < 2 * 1024 * 1024)
        file.write(paragraph);
    file.close();
    MainWindow window;
    window.showDocument(fixture::article(), QStringLiteral("fixture"));
    QSignalSpy shown(&window, &MainWindow::articleShown);
    window.openFile(path);
    // openFile returns at once: the work runs on the worker while the old article stays.
    CHECK(window.isBusy());
    CHECK(window.readingView()->toPlainText().startsWith(QStringLiteral("Paris et Berlin")));
    REQUIRE(shown.wait(60000));
    CHECK_FALSE(window.isBusy());
    CHECK(window.readingView()->document()->characterCount() > 2000000);
}

TEST_CASE("choosing in the Actors and Quotations panels selects in the text", "[gui][window]") {
    freshSettings();
    MainWindow window;
    window.showDocument(fixture::article(), QStringLiteral("fixture"));
    QTreeView* actors = window.actorsPanel()->view();
    const QModelIndexList acme =
        actors->model()->match(actors->model()->index(0, 0), Qt::DisplayRole,
                               QStringLiteral("Acme"), 1, Qt::MatchRecursive | Qt::MatchExactly);
    REQUIRE(acme.size() == 1);
    actors->setCurrentIndex(acme.first());
    CHECK(window.selectedEntity() == 2);
    CHECK(window.mentionsPanel()->model()->rowCount() == 1);

    // The Quotations panel lists Acme's quotations: none; Show All lists them all again.
    CHECK(window.quotesPanel()->proxy()->rowCount() == 0);
    emit window.quotesPanel()->showAllRequested();
    CHECK(window.selectedEntity() == -1);
    window.quotesPanel()->view()->selectRow(0);
    CHECK(window.selectedEntity() == -1);
    // The quotation, and the mention that named its speaker.
    const QList<QTextEdit::ExtraSelection> marks = window.readingView()->extraSelections();
    REQUIRE(marks.size() == 2);
    CHECK(marks.first().cursor.selectedText() == QStringLiteral("« Nous avancerons pas à pas »"));
    CHECK(marks.last().cursor.selectedText() == QStringLiteral("M. Dupont"));
}

TEST_CASE("the find bar opens with Ctrl+F and counts matches", "[gui][window]") {
    freshSettings();
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showDocument(fixture::article(), QStringLiteral("fixture"));
    QTest::keyClick(window.readingView(), Qt::Key_F, Qt::ControlModifier);
    REQUIRE(window.findBar()->isVisible());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Dupont"));
    CHECK(window.findBar()->resultText() == QStringLiteral("3 matches"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(window.findBar()->resultText() == QStringLiteral("1 of 3"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ShiftModifier);
    CHECK(window.findBar()->resultText() == QStringLiteral("3 of 3"));
}

TEST_CASE("zoom follows Ctrl+= and Ctrl+0 and persists", "[gui][window]") {
    freshSettings();
    {
        MainWindow window;
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        const qreal before = window.readingView()->document()->defaultFont().pointSizeF();
        QTest::keyClick(window.readingView(), Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(window.readingView(), Qt::Key_Equal, Qt::ControlModifier);
        CHECK(window.readingView()->zoom() == 2);
        CHECK(window.readingView()->document()->defaultFont().pointSizeF() > before);
    }
    MainWindow restored;
    CHECK(restored.readingView()->zoom() == 2);
    restored.show();
    REQUIRE(QTest::qWaitForWindowExposed(&restored));
    QTest::keyClick(restored.readingView(), Qt::Key_0, Qt::ControlModifier);
    CHECK(restored.readingView()->zoom() == 0);
}

TEST_CASE("Esc closes the find bar before it clears the selection", "[gui][window]") {
    freshSettings();
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showDocument(fixture::article(), QStringLiteral("fixture"));
    window.selectEntity(0, 0);
    QTest::keyClick(window.readingView(), Qt::Key_F, Qt::ControlModifier);
    REQUIRE(window.findBar()->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(window.findBar()->isVisible());
    CHECK(window.selectedEntity() == 0);
    QTest::keyClick(window.readingView(), Qt::Key_Escape);
    CHECK(window.selectedEntity() == -1);
}

TEST_CASE("the legend buttons toggle the same actions as the View menu", "[gui][window]") {
    freshSettings();
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showDocument(fixture::article(), QStringLiteral("fixture"));
    QToolButton* mediaButton = nullptr;
    for (QToolButton* button : window.findChildren<QToolButton*>())
        if (button->defaultAction() == window.kindAction(HighlightKind::Media))
            mediaButton = button;
    REQUIRE(mediaButton != nullptr);
    QTest::mouseClick(mediaButton, Qt::LeftButton);
    CHECK_FALSE(window.kindAction(HighlightKind::Media)->isChecked());
    CHECK_FALSE(window.readingView()->isKindVisible(HighlightKind::Media));
    QTest::mouseClick(mediaButton, Qt::LeftButton);
    CHECK(window.readingView()->isKindVisible(HighlightKind::Media));
}

TEST_CASE("choosing a row of the Mentions panel moves to that mention", "[gui][window]") {
    freshSettings();
    MainWindow window;
    window.showDocument(fixture::article(), QStringLiteral("fixture"));
    window.selectEntity(0, 0);
    QTreeView* mentions = window.mentionsPanel()->view();
    mentions->setCurrentIndex(mentions->model()->index(2, 0));
    CHECK(window.currentMention() == 2);
    CHECK(window.readingView()->textCursor().position() ==
          fixture::positionOf(QStringLiteral("Dupont"), 2));
}

TEST_CASE("a file dropped on the window is opened", "[gui][window]") {
    freshSettings();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("glisse.md"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("# Un titre\n\nUn article déposé par glisser-déposer.\n");
    file.close();
    MainWindow window;
    QSignalSpy shown(&window, &MainWindow::articleShown);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(&window, &drop);
    REQUIRE(shown.wait(20000));
    CHECK(window.readingView()->toPlainText().contains(QStringLiteral("glisser-déposer")));
}

TEST_CASE("the window has the bundled icon", "[gui][window]") {
    freshSettings();
    MainWindow window;
    CHECK_FALSE(window.windowIcon().isNull());
    CHECK(window.windowIcon().availableSizes().contains(QSize(256, 256)));
}
