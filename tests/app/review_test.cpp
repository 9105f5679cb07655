#include "actor_list.h"
#include "article.h"
#include "article_fixture.h"
#include "corrections_controller.h"
#include "main_window.h"
#include "qstring_maker.h"
#include "quotes_model.h"
#include "quotes_panel.h"
#include "review_bar.h"
#include "review_queue.h"
#include "speaker_candidates.h"
#include "speaker_dialog.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <algorithm>

namespace {

// The fixture with two more quotations, each less certain than the one before.
whosaid::Document threeQuotes() {
    whosaid::Document doc = fixture::article();
    const std::pair<const char*, double> more[] = {{"Le groupe Acme", 0.4},
                                                   {"Dupont doit revenir", 0.2}};
    for (const auto& [words, confidence] : more) {
        const QString needle = QString::fromUtf8(words);
        whosaid::Quote quote = doc.quotes.front();
        const int start = fixture::positionOf(needle);
        quote.span = {start, start + static_cast<int32_t>(needle.size())};
        quote.marks = quote.span;
        quote.kind = whosaid::QuoteKind::Indirect;
        quote.sources.clear();
        quote.confidence = confidence;
        doc.quotes.push_back(quote);
    }
    for (size_t q = 0; q < doc.quotes.size(); ++q)
        doc.quotes[q].id = "q" + std::to_string(q + 1);
    return doc;
}

QString wordsOf(const Article& article, int quote) {
    return article.slice(article.quote(quote).span);
}

int quoteWith(const Article& article, const QString& words) {
    for (int q = 0; q < article.quoteCount(); ++q)
        if (wordsOf(article, q) == words)
            return q;
    return -1;
}

// Chooses the actor named name in the next speaker picker and accepts it.
void pickSpeakerNext(const QString& name) {
    QTimer::singleShot(50, [name] {
        auto* dialog = qobject_cast<SpeakerDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            pickSpeakerNext(name);
            return;
        }
        dialog->actorList()->setFilter(name);
        dialog->accept();
    });
}

void openCopy(MainWindow& window, const QString& path) {
    QSignalSpy shown(&window, &MainWindow::articleShown);
    window.openFile(path);
    REQUIRE(shown.wait(20000));
}

} // namespace

TEST_CASE("the review walks the quotations from the least certain and keeps its order",
          "[gui][review]") {
    CorrectionsController controller;
    controller.open(std::make_shared<const Article>(threeQuotes()), {});
    const Article& article = *controller.article();
    ReviewQueue queue;
    queue.start(article);
    std::vector<QString> walked;
    do
        walked.push_back(wordsOf(*controller.article(), queue.current()));
    while (queue.next());
    CHECK(walked == std::vector<QString>{QStringLiteral("Dupont doit revenir"),
                                         QStringLiteral("Le groupe Acme"),
                                         QStringLiteral("Nous avancerons pas à pas")});
    CHECK_FALSE(queue.next());
    CHECK(queue.position() == 2);

    // Confirming the most certain one leaves the order as it was.
    REQUIRE(controller.confirmSpeaker(queue.current()));
    CHECK_FALSE(controller.confirmSpeaker(queue.current())); // already verified
    queue.update(*controller.article());
    CHECK(wordsOf(*controller.article(), queue.current()) == walked[2]);
    CHECK(ReviewQueue::checkedCount(*controller.article()) == 1);
    // The walk goes on at the first quotation not yet checked, wrapping around.
    REQUIRE(queue.nextUnchecked(*controller.article()));
    CHECK(queue.position() == 0);

    // A quotation gone from the article leaves the walk, which stands on the next one.
    REQUIRE(controller.notAQuote(queue.current()));
    queue.update(*controller.article());
    CHECK(queue.size() == 2);
    CHECK(wordsOf(*controller.article(), queue.current()) == walked[1]);
}

TEST_CASE("the speaker picker offers people and organizations before places, nearest first",
          "[gui][review]") {
    const Article article(fixture::article());
    const std::vector<int> order =
        speakerCandidates(article, fixture::positionOf(QStringLiteral("Le groupe Acme")));
    std::vector<QString> names;
    for (int e : order)
        names.push_back(article.entityName(e));
    // Acme is named right there, Dupont further up; Reuters is a medium, Paris a place.
    CHECK(names == std::vector<QString>{QStringLiteral("Acme"), QStringLiteral("Jean Dupont"),
                                        QStringLiteral("Reuters"), QStringLiteral("Paris")});
    CHECK(speakerCandidates(article, -1).size() == 4);
}

TEST_CASE("review mode confirms, reassigns, drops and undoes, and the checks survive reopening",
          "[gui][review][window]") {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("quotes_fr.txt"));
    REQUIRE(QFile::copy(QStringLiteral(WHOSAID_TEST_DATA "/articles/quotes_fr.txt"), path));

    MainWindow window;
    window.show();
    openCopy(window, path);
    ReviewBar* review = window.reviewBar();
    const int total = window.article()->quoteCount();
    REQUIRE(total >= 4);
    CHECK_FALSE(review->isActive());

    // The button of the Quotations panel starts it, on the least certain quotation.
    window.quotesPanel()->reviewButton()->click();
    REQUIRE(review->isActive());
    double least = 1.0;
    for (int q = 0; q < total; ++q)
        least = std::min(least, window.article()->quote(q).confidence);
    CHECK(window.article()->quote(review->currentQuote()).confidence == least);
    CHECK(review->progressText() == QStringLiteral("0 of %1 checked").arg(total));

    // Enter confirms and moves on.
    const QString confirmed = wordsOf(*window.article(), review->currentQuote());
    QTest::keyClick(review, Qt::Key_Return);
    const int verified = quoteWith(*window.article(), confirmed);
    REQUIRE(verified >= 0);
    CHECK(window.article()->quote(verified).verified);
    CHECK(review->currentQuote() != verified);
    CHECK(review->progressText() == QStringLiteral("1 of %1 checked").arg(total));
    const QModelIndex speakerCell =
        window.quotesPanel()->model()->index(verified, QuotesModel::Speaker);
    CHECK(speakerCell.data().toString().endsWith(QStringLiteral(" ✓")));

    // R opens the picker; the chosen speaker is a correction and the review moves on.
    const QString reassigned = wordsOf(*window.article(), review->currentQuote());
    // A person other than the one the analysis gave.
    QString newSpeaker;
    for (int e = 0; e < window.article()->entityCount() && newSpeaker.isEmpty(); ++e)
        if (window.article()->entity(e).kind == whosaid::EntityKind::Person &&
            e != window.article()->speakerEntity(review->currentQuote()))
            newSpeaker = window.article()->entityName(e);
    REQUIRE_FALSE(newSpeaker.isEmpty());
    pickSpeakerNext(newSpeaker);
    QTest::keyClick(review, Qt::Key_R);
    const int corrected = quoteWith(*window.article(), reassigned);
    REQUIRE(corrected >= 0);
    CHECK(window.article()->speakerLabel(corrected) == newSpeaker);
    CHECK(window.article()->quote(corrected).corrected);
    CHECK(review->progressText() == QStringLiteral("2 of %1 checked").arg(total));

    // N: not a quotation.
    const QString dropped = wordsOf(*window.article(), review->currentQuote());
    QTest::keyClick(review, Qt::Key_N);
    CHECK(quoteWith(*window.article(), dropped) == -1);
    CHECK(window.article()->quoteCount() == total - 1);
    CHECK(review->progressText() == QStringLiteral("2 of %1 checked").arg(total - 1));

    // Undo brings it back; the review goes on.
    window.undoAction()->trigger();
    CHECK(quoteWith(*window.article(), dropped) >= 0);
    CHECK(review->isActive());
    CHECK(review->progressText() == QStringLiteral("2 of %1 checked").arg(total));

    // The arrows move without checking anything.
    const int before = review->currentQuote();
    QTest::keyClick(review, Qt::Key_Right);
    QTest::keyClick(review, Qt::Key_Left);
    CHECK(review->currentQuote() == before);
    CHECK(review->progressText() == QStringLiteral("2 of %1 checked").arg(total));

    // Esc leaves review mode (and only it: the window's Esc is not triggered meanwhile).
    QTest::keyClick(review, Qt::Key_Escape);
    CHECK_FALSE(review->isActive());

    MainWindow reopened;
    openCopy(reopened, path);
    const int again = quoteWith(*reopened.article(), confirmed);
    REQUIRE(again >= 0);
    CHECK(reopened.article()->quote(again).verified);
    CHECK(reopened.article()->speakerLabel(quoteWith(*reopened.article(), reassigned)) ==
          newSpeaker);
    CHECK(reopened.lastError().isEmpty());
}
