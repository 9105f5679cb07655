// Issue 17, item 6: a paragraph of megabytes without a line break must not freeze the window,
// and opening a long article can be cancelled.
#include "article.h"
#include "display_text.h"
#include "main_window.h"
#include "qstring_maker.h"
#include "reading_view.h"

#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <catch2/catch.hpp>

namespace {

// One paragraph of `sentences` sentences, each naming one person once, and no line break.
whosaid::Document longParagraph(int sentences) {
    whosaid::Document doc;
    doc.language = "fr";
    doc.source.encoding = "UTF-8";
    doc.source.format = "text";
    whosaid::Entity person;
    person.id = "e1";
    person.kind = whosaid::EntityKind::Person;
    person.name = u"Jean Dupont";
    const std::u16string sentence = u"Selon Jean Dupont, la réunion reprendra demain matin. ";
    for (int i = 0; i < sentences; ++i) {
        const auto start = static_cast<int32_t>(doc.text.size());
        doc.text += sentence;
        doc.sentences.push_back({start, static_cast<int32_t>(doc.text.size())});
        person.mentions.push_back({{start + 6, start + 17}, whosaid::MentionForm::Name});
    }
    doc.paragraphs.push_back({0, static_cast<int32_t>(doc.text.size())});
    doc.entities.push_back(person);
    return doc;
}

} // namespace

TEST_CASE("long paragraphs are laid out in pieces, every position kept", "[gui][view]") {
    const QString sentence = QStringLiteral("Il l’a dit hier. ");
    struct Row {
        const char* name;
        QString text;
        bool broken; // whether some whitespace becomes a line break
    };
    const std::vector<Row> rows = {
        {"a short paragraph", sentence.repeated(100), false},
        {"many short paragraphs", (sentence.repeated(200) + QStringLiteral("\n")).repeated(20),
         false},
        {"one long paragraph", sentence.repeated(2000), true},
        {"a long paragraph without a sentence end", QStringLiteral("mot ").repeated(10000), true},
        {"a long run without whitespace", QStringLiteral("x").repeated(30000), false},
        {"non-breaking spaces only", QStringLiteral("mot\u00A0").repeated(10000), false},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.name) {
            const QString shown = DisplayText::of(row.text);
            REQUIRE(shown.size() == row.text.size());
            qsizetype changed = 0;
            qsizetype longest = 0;
            qsizetype run = 0;
            for (qsizetype i = 0; i < shown.size(); ++i) {
                if (shown[i] != row.text[i]) {
                    ++changed;
                    CHECK(row.text[i].isSpace());
                    CHECK(shown[i] == QLatin1Char('\n'));
                }
                run = shown[i] == QLatin1Char('\n') ? 0 : run + 1;
                longest = std::max(longest, run);
            }
            CHECK((changed > 0) == row.broken);
            if (row.broken)
                CHECK(longest < 8100); // the first whitespace past 8,000 units
        }
    }
    // After a sentence end where there is one.
    const QString shown = DisplayText::of(sentence.repeated(2000));
    const qsizetype first = shown.indexOf(QLatin1Char('\n'));
    REQUIRE(first > 0);
    CHECK(shown[first - 1] == QLatin1Char('.'));
    CHECK(first >= DisplayText::kLongParagraph);
}

TEST_CASE("a megabyte without a line break is shown at once, highlights in place", "[gui][view]") {
    ReadingView view;
    view.resize(700, 500);
    view.show();
    const auto article = std::make_shared<const Article>(longParagraph(20000)); // about 1 MB
    QElapsedTimer timer;
    timer.start();
    view.setArticle(article);
    (void)view.grab();
    // It took 5 s before the text was laid out in pieces; well under a second now.
    CHECK(timer.elapsed() < 2000);
    CHECK(view.document()->characterCount() - 1 == article->text().size());
    CHECK(view.document()->blockCount() > 100);
    const whosaid::Span last = article->entity(0).mentions.back().span;
    QTextCursor cursor(view.document());
    cursor.setPosition(last.start);
    cursor.setPosition(last.end, QTextCursor::KeepAnchor);
    CHECK(cursor.selectedText() == QStringLiteral("Jean Dupont"));
    cursor.setPosition(last.start + 1);
    CHECK(cursor.charFormat() != QTextCharFormat()); // the mention is highlighted
}

TEST_CASE("the highlights of a very long article follow in batches, the window responsive",
          "[gui][view]") {
    ReadingView view;
    view.resize(700, 500);
    view.show();
    const auto article = std::make_shared<const Article>(longParagraph(100000)); // 5 MB
    QSignalSpy progress(&view, &ReadingView::formattingProgress);
    const auto formatted = [&view](whosaid::Span span) {
        QTextCursor cursor(view.document());
        cursor.setPosition(span.start + 1);
        return cursor.charFormat() != QTextCharFormat();
    };
    const auto& mentions = article->entity(0).mentions;
    QElapsedTimer timer;
    timer.start();
    view.setArticle(article);
    CHECK(timer.elapsed() < 2000);
    CHECK(view.isFormatting());
    CHECK(formatted(mentions.front().span)); // the top of the text at once
    CHECK_FALSE(formatted(mentions.back().span));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isFormatting(), 60000);
    CHECK(formatted(mentions.back().span));
    REQUIRE(progress.count() > 1);
    CHECK(progress.first().at(0).toInt() < 100);
    CHECK(progress.last().at(0).toInt() == 100);

    // A new article stops the batches of the old one.
    view.setArticle(article);
    CHECK(view.isFormatting());
    view.setArticle(nullptr);
    CHECK_FALSE(view.isFormatting());
}

TEST_CASE("opening an article can be cancelled, the article shown stays", "[gui][window]") {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    MainWindow window;
    window.show();
    window.showDocument(longParagraph(10), QStringLiteral("first"));
    const auto shownBefore = window.article();
    QSignalSpy shown(&window, &MainWindow::articleShown);
    window.openFile(QStringLiteral(WHOSAID_TEST_DATA "/articles/quotes_fr.txt"));
    REQUIRE(window.isBusy());
    auto* cancel = window.findChild<QToolButton*>(QStringLiteral("cancelAnalysis"));
    REQUIRE(cancel);
    CHECK(cancel->isVisible());
    cancel->click();
    CHECK_FALSE(window.isBusy());
    CHECK_FALSE(cancel->isVisible());
    QTest::qWait(1500); // the analysis ends off the GUI thread; its result is dropped
    CHECK(shown.isEmpty());
    CHECK(window.article() == shownBefore);

    // The next opening works as usual.
    window.openFile(QStringLiteral(WHOSAID_TEST_DATA "/articles/quotes_fr.txt"));
    REQUIRE(shown.wait(20000));
    CHECK(window.article() != shownBefore);
}
