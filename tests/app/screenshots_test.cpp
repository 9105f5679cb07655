#include "main_window.h"
#include "printed_article.h"
#include "review_bar.h"

#include <QDate>
#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// The README's pictures of review mode and of a printed page. Hidden (run it by its tag under
// xvfb-run, WHOSAID_SCREENSHOT_DIR naming the folder to write to) because the pictures depend
// on the fonts of the machine.
TEST_CASE("screenshots of review mode and of a printed page", "[.screenshots]") {
    const QString folder = qEnvironmentVariable("WHOSAID_SCREENSHOT_DIR");
    REQUIRE_FALSE(folder.isEmpty());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QSignalSpy shown(&window, &MainWindow::articleShown);
    window.openSample();
    REQUIRE(shown.wait(20000));
    window.startReview();
    REQUIRE(window.reviewBar()->isActive());
    // Two checked, as a person part of the way through would see it.
    QTest::keyClick(window.reviewBar(), Qt::Key_Return);
    QTest::keyClick(window.reviewBar(), Qt::Key_Return);
    QTest::qWait(400);
    const QImage review = window.grab().toImage();
    CHECK(review.save(QDir(folder).filePath(QStringLiteral("screenshot-review.png"))));

    const PrintedArticle printed(*window.article(), QDate::currentDate().toString(Qt::ISODate));
    const QImage page = printed.pageImage(0, 1.0);
    CHECK(page.save(QDir(folder).filePath(QStringLiteral("screenshot-print.png"))));
}
