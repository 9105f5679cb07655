#include "article_fixture.h"
#include "find_bar.h"
#include "flow_layout.h"
#include "language.h"
#include "language_scope.h"
#include "legend_bar.h"
#include "main_window.h"
#include "qstring_maker.h"

#include <QCoreApplication>
#include <QLabel>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <algorithm>
#include <set>
#include <vector>

namespace {

// A widget that asks for exactly the size it is given.
class Block : public QWidget {
public:
    Block(QSize hint, QWidget* parent) : QWidget(parent), hint_(hint) {}
    QSize sizeHint() const override { return hint_; }
    QSize minimumSizeHint() const override { return hint_; }

private:
    QSize hint_;
};

// How many rows the widgets were put on: each row starts at the left edge.
int rowsStartingAt(const std::vector<QWidget*>& widgets, int left) {
    return static_cast<int>(std::count_if(widgets.begin(), widgets.end(),
                                          [left](QWidget* w) { return w->x() == left; }));
}

bool anyOverlap(const std::vector<QWidget*>& widgets) {
    for (size_t i = 0; i < widgets.size(); ++i)
        for (size_t j = i + 1; j < widgets.size(); ++j)
            if (widgets[i]->geometry().intersects(widgets[j]->geometry()))
                return true;
    return false;
}

} // namespace

TEST_CASE("the flow layout wraps onto as many rows as the width needs", "[gui][flow]") {
    QWidget host;
    auto* layout = new FlowLayout(&host);
    layout->setContentsMargins(4, 3, 4, 3);
    layout->setSpacing(5);
    layout->setVerticalSpacing(2);
    // One row is 60+80+100+40+120 = 400 px plus 4 gaps of 5 plus 8 px of margins: 428.
    std::vector<QWidget*> blocks;
    for (QSize hint :
         {QSize(60, 20), QSize(80, 20), QSize(100, 30), QSize(40, 20), QSize(120, 20)}) {
        blocks.push_back(new Block(hint, &host));
        layout->addWidget(blocks.back());
    }
    CHECK(layout->sizeHint() == QSize(428, 36));
    CHECK(layout->minimumSize() == QSize(128, 36));
    REQUIRE(layout->hasHeightForWidth());

    const struct {
        int width;
        int rows;
    } table[] = {{1000, 1}, {428, 1}, {427, 2}, {300, 2}, {200, 3}, {128, 5}};
    for (const auto& row : table) {
        DYNAMIC_SECTION("width " << row.width) {
            const int height = layout->heightForWidth(row.width);
            layout->setGeometry(QRect(0, 0, row.width, height));
            CHECK(rowsStartingAt(blocks, 4) == row.rows);
            CHECK_FALSE(anyOverlap(blocks));
            int bottom = 0;
            for (QWidget* block : blocks) {
                CHECK(block->size() == block->sizeHint());
                CHECK(block->x() >= 4);
                CHECK(block->geometry().right() <= row.width - 1 - 4);
                bottom = std::max(bottom, block->geometry().bottom());
            }
            // The height it announces is the height it uses, no more, no less.
            CHECK(height == bottom + 1 + 3);
        }
    }
}

TEST_CASE("the flow layout centres items in their row and skips hidden ones", "[gui][flow]") {
    QWidget host;
    auto* layout = new FlowLayout(&host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    auto* small = new Block(QSize(50, 10), &host);
    auto* hidden = new Block(QSize(500, 50), &host);
    auto* tall = new Block(QSize(50, 30), &host);
    layout->addWidget(small);
    layout->addWidget(hidden);
    layout->addWidget(tall);
    hidden->hide();
    CHECK(layout->sizeHint() == QSize(110, 30));
    CHECK(layout->minimumSize() == QSize(50, 30));
    layout->setGeometry(QRect(0, 0, 110, layout->heightForWidth(110)));
    CHECK(small->geometry() == QRect(0, 10, 50, 10));
    CHECK(tall->geometry() == QRect(60, 0, 50, 30));
    CHECK(layout->heightForWidth(109) == 10 + 10 + 30);
}

TEST_CASE("the reader fits 800 px in every language without squeezing", "[gui][flow][i18n]") {
    for (const char* code : {"en", "fr", "de", "es"}) {
        DYNAMIC_SECTION(code) {
            LanguageScope scope(QString::fromLatin1(code));
            MainWindow window;
            window.showDocument(fixture::article(), QStringLiteral("fixture"));
            // The longest status text and the find bar count too.
            window.selectEntity(0, 0);
            window.findBar()->activate();
            CHECK(window.minimumSizeHint().width() <= 800);

            window.resize(800, 700);
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            CHECK(window.width() == 800);
            CHECK(window.minimumWidth() <= 800);
            auto* legend = window.findChild<LegendBar*>();
            REQUIRE(legend);
            const QList<QToolButton*> buttons = legend->findChildren<QToolButton*>();
            REQUIRE(buttons.size() == 8);
            // Same order (focus chain) and names for assistive technology as before.
            for (size_t i = 0; i < kAllHighlightKinds.size(); ++i)
                CHECK(buttons[static_cast<int>(i)]->accessibleName() ==
                      window.kindAction(kAllHighlightKinds[i])->text());
            std::set<int> rows;
            for (QToolButton* button : buttons) {
                CHECK(button->width() == button->sizeHint().width());
                CHECK(legend->rect().contains(button->geometry()));
                rows.insert(button->y());
            }
            // The legend wraps rather than widening the window, and grows to show the rows.
            CHECK(rows.size() > 1);
            CHECK(legend->height() == legend->heightForWidth(legend->width()));
            // The find bar keeps its words whole too.
            for (QWidget* child : window.findBar()->findChildren<QWidget*>())
                if (child->isVisible())
                    CHECK(child->width() >= child->minimumSizeHint().width());

            // A long actor name in the status bar does not widen the window either.
            QLabel* status = nullptr;
            for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
                if (label->accessibleName() == MainWindow::tr("Selection"))
                    status = label;
            REQUIRE(status);
            status->setText(QString(300, QLatin1Char('M')));
            QTest::qWait(50);
            CHECK(window.minimumSizeHint().width() <= 800);
            CHECK(window.width() == 800);

            // With room to spare, the legend is one row again.
            window.resize(2400, 900);
            QCoreApplication::sendPostedEvents();
            QTest::qWait(10);
            rows.clear();
            for (QToolButton* button : buttons)
                rows.insert(button->y());
            CHECK(rows.size() == 1);
        }
    }
}

TEST_CASE("the legend reflows when the language changes live", "[gui][flow][i18n]") {
    LanguageScope scope(QStringLiteral("en"));
    MainWindow window;
    window.resize(800, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* legend = window.findChild<LegendBar*>();
    REQUIRE(legend);
    const QList<QToolButton*> buttons = legend->findChildren<QToolButton*>();
    const int englishWidth = buttons.at(0)->width();

    Language::instance()->choose(QStringLiteral("fr"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QTest::qWait(50);
    REQUIRE(window.kindAction(HighlightKind::Person)->text() == QStringLiteral("Personnes"));
    CHECK(buttons.at(0)->width() != englishWidth);
    for (QToolButton* button : buttons)
        CHECK(button->width() == button->sizeHint().width());
    CHECK(legend->height() == legend->heightForWidth(legend->width()));
    CHECK(window.width() == 800);
}
