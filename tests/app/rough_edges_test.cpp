#include "actor_list.h"
#include "actors_panel.h"
#include "article.h"
#include "article_fixture.h"
#include "certainty_fixture.h"
#include "corrections_controller.h"
#include "empty_hint.h"
#include "help_texts.h"
#include "highlight_style.h"
#include "language_scope.h"
#include "main_window.h"
#include "qstring_maker.h"
#include "quotes_panel.h"
#include "reading_view.h"
#include "sources_panel.h"
#include "speaker_dialog.h"
#include "whosaid/highlight_palette.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

namespace {

void freshSettings() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

// A paragraph repeated until the text is many screens long; its one actor, "conseil",
// is mentioned once, in the sixtieth paragraph.
whosaid::Document longArticle() {
    const std::u16string paragraph =
        u"Le conseil municipal a examiné le budget des écoles pendant de longues heures sans "
        u"parvenir à un accord.\n\n";
    whosaid::Document doc;
    for (int i = 0; i < 120; ++i)
        doc.text += paragraph;
    doc.language = "fr";
    whosaid::Entity council;
    council.id = "e1";
    council.kind = whosaid::EntityKind::Organization;
    council.name = u"conseil";
    const auto start = static_cast<int32_t>(59 * paragraph.size() + 3);
    council.mentions.push_back({{start, start + 7}, whosaid::MentionForm::Name});
    doc.entities.push_back(council);
    return doc;
}

// Where position stands in the view's height: 0 at the top edge, 1 at the bottom.
double heightFraction(const ReadingView& view, int position) {
    QTextCursor cursor(view.document());
    cursor.setPosition(position);
    return view.cursorRect(cursor).center().y() / static_cast<double>(view.viewport()->height());
}

} // namespace

TEST_CASE("the arrows in the speaker picker's search move among the matches",
          "[gui][rough-edges]") {
    const Article article(fixture::article());
    ActorList list(article, {0, 1, 2, 3}, -1);
    QSignalSpy activated(&list, &ActorList::activated);
    list.setFilter(QStringLiteral("o")); // Jean Dupont (person), Acme (organization)
    REQUIRE(list.visibleCount() == 2);
    CHECK(list.currentEntity() == 0);
    QTest::keyClick(list.searchField(), Qt::Key_Down);
    CHECK(list.currentEntity() == 2); // Acme: the next match, Reuters skipped
    QTest::keyClick(list.searchField(), Qt::Key_Up);
    CHECK(list.currentEntity() == 0);
    QTest::keyClick(list.searchField(), Qt::Key_Down);
    CHECK(list.searchField()->text() == QStringLiteral("o")); // the typing is untouched
    QTest::keyClick(list.searchField(), Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(list.currentEntity() == 2); // Enter picks the one the arrows reached
}

TEST_CASE("searching the actors of the speaker picker chooses an actor", "[gui][rough-edges]") {
    // The quotation had an anonymous (or unknown) speaker: typing a name and Enter must give
    // that actor, not keep the old choice.
    const Article article(fixture::article());
    for (const auto before : {SpeakerDialog::Choice::Anonymous, SpeakerDialog::Choice::Unknown}) {
        SpeakerDialog dialog(article, QStringLiteral("words"), -1, false, 0);
        dialog.setChoice(before);
        REQUIRE(dialog.choice() == before);
        dialog.actorList()->setFilter(QStringLiteral("acme"));
        CHECK(dialog.choice() == SpeakerDialog::Choice::Actor);
        CHECK(article.entityName(dialog.entity()) == QStringLiteral("Acme"));
    }
    // Choosing "anonymous" afterwards still works: the list only takes the choice when used.
    SpeakerDialog dialog(article, QStringLiteral("words"), 0, false, 0);
    dialog.setChoice(SpeakerDialog::Choice::Anonymous);
    CHECK(dialog.choice() == SpeakerDialog::Choice::Anonymous);
}

TEST_CASE("a name reached far down is centred and a find result on screen does not scroll",
          "[gui][rough-edges]") {
    ReadingView view;
    view.resize(700, 400);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setArticle(std::make_shared<const Article>(longArticle()));
    REQUIRE(view.setSearch(QStringLiteral("accord")) == 120);
    view.findNext(false); // the first match, on screen already
    CHECK(view.verticalScrollBar()->value() == 0);
    view.setSelectedEntity(0, 0);
    const double fraction = heightFraction(view, view.textCursor().position());
    CHECK(fraction > 0.35);
    CHECK(fraction < 0.65);
}

TEST_CASE("a correction keeps the selected quotation", "[gui][rough-edges]") {
    freshSettings();
    MainWindow window;
    window.showDocument(fixture::articleWithCertainties(), QStringLiteral("fixture"));
    window.quotesPanel()->view()->selectRow(3); // q3, Jean Dupont's, unsure
    REQUIRE(window.readingView()->selectedQuote() == 3);
    REQUIRE(window.corrections()->reassignSpeaker(3, 2)); // to Acme
    CHECK(window.readingView()->selectedQuote() == 3);
    CHECK(window.article()->speakerLabel(3) == QStringLiteral("Acme"));
    const QModelIndex current = window.quotesPanel()->view()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(current.row() == 3);
    CHECK(window.quotesPanel()->view()->selectionModel()->isRowSelected(3));
    // An actor selected afterwards is what a correction keeps, not the earlier quotation.
    int paris = -1; // corrections may renumber the actors
    for (int e = 0; e < window.article()->entityCount(); ++e)
        if (window.article()->entityName(e) == QStringLiteral("Paris"))
            paris = e;
    REQUIRE(paris >= 0);
    window.selectEntity(paris, 1); // its second mention
    REQUIRE(window.currentMention() == 1);
    REQUIRE(window.corrections()->renameActor(paris, QStringLiteral("Paris (France)")));
    CHECK(window.readingView()->selectedQuote() == -1);
    CHECK(window.article()->entityName(window.selectedEntity()) ==
          QStringLiteral("Paris (France)"));
    CHECK(window.currentMention() == 1);
}

TEST_CASE("switching the language keeps the place in the article", "[gui][rough-edges]") {
    freshSettings();
    MainWindow window;
    window.resize(1000, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showDocument(longArticle(), QStringLiteral("long"));
    ReadingView* view = window.readingView();
    QScrollBar* bar = view->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    bar->setValue(bar->maximum() / 2);
    const int top = view->cursorForPosition(QPoint(0, 0)).position();
    {
        LanguageScope german(QStringLiteral("de"));
        QApplication::processEvents();
        const int after = view->cursorForPosition(QPoint(0, 0)).position();
        CHECK(std::abs(after - top) < 200); // the same paragraph, not the top
        CHECK(bar->value() > 0);
    }
}

TEST_CASE("the help tells that a right-click corrects and what the marks mean",
          "[gui][rough-edges]") {
    const QString help = HelpTexts::highlights(false);
    CHECK(help.contains(QStringLiteral("Right-click")));
    CHECK(help.contains(QStringLiteral("○")));
    CHECK(help.contains(QStringLiteral("unsure — check")));
}

TEST_CASE("the window draws every kind from the palette the HTML export uses", "[gui][palette]") {
    for (HighlightKind kind : kAllHighlightKinds) {
        const whosaid::PaletteEntry& entry =
            whosaid::palette_entry(static_cast<whosaid::PaletteKind>(kind));
        DYNAMIC_SECTION(entry.key.data()) {
            CHECK(HighlightStyle::key(kind).toStdString() == entry.key);
            CHECK(HighlightStyle::color(kind, false) == QColor::fromRgb(entry.light));
            CHECK(HighlightStyle::color(kind, true) == QColor::fromRgb(entry.dark));
            const QTextCharFormat format = HighlightStyle::format(kind, false);
            CHECK(format.fontOverline() == entry.overline);
            CHECK(format.fontItalic() == entry.italic);
            CHECK(format.background().style() == (entry.tint ? Qt::SolidPattern : Qt::NoBrush));
            CHECK((format.underlineStyle() != QTextCharFormat::NoUnderline) ==
                  (entry.underline != whosaid::LineStyle::None));
        }
    }
    // The two kinds the export used to swap.
    CHECK(HighlightStyle::format(HighlightKind::Organization, false).underlineStyle() ==
          QTextCharFormat::DashUnderline);
    CHECK(HighlightStyle::format(HighlightKind::Place, false).underlineStyle() ==
          QTextCharFormat::DotLine);
}

TEST_CASE("while an article is analysed the status bar shows one line", "[gui][rough-edges]") {
    freshSettings();
    MainWindow window;
    QSignalSpy shown(&window, &MainWindow::articleShown);
    window.openSample(); // before the window is on screen, as a file named at start-up
    window.show();
    auto* selection = window.findChild<QLabel*>(QStringLiteral("selectionLabel"));
    REQUIRE(selection != nullptr);
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Analysing…"));
    CHECK(selection->isHidden());
    REQUIRE(shown.wait(20000));
    CHECK(window.statusBar()->currentMessage().isEmpty());
    CHECK_FALSE(selection->isHidden());
    CHECK(window.statusText().contains(QStringLiteral("quotations")));
}

TEST_CASE("an empty Actors panel says what to do", "[gui][rough-edges]") {
    ActorsPanel panel;
    CHECK_FALSE(panel.emptyHint()->isHidden());
    CHECK(panel.emptyHint()->text().contains(QStringLiteral("right-click")));
    panel.setArticle(std::make_shared<const Article>(fixture::article()));
    CHECK(panel.emptyHint()->isHidden());
    panel.setArticle(nullptr);
    CHECK_FALSE(panel.emptyHint()->isHidden());
}

TEST_CASE("an empty Sources panel says what to do", "[gui][rough-edges]") {
    SourcesPanel panel;
    CHECK_FALSE(panel.emptyHint()->isHidden());
    CHECK(panel.emptyHint()->text().contains(QStringLiteral("File › Open")));
    panel.setArticle(std::make_shared<const Article>(fixture::article()));
    CHECK(panel.emptyHint()->isHidden());
    panel.setArticle(nullptr);
    CHECK_FALSE(panel.emptyHint()->isHidden());
}
