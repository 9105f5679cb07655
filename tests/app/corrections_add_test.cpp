#include "actors_model.h"
#include "actors_panel.h"
#include "article.h"
#include "article_fixture.h"
#include "corrections_controller.h"
#include "corrections_test_support.h"
#include "main_window.h"
#include "qstring_maker.h"
#include "quotes_model.h"
#include "quotes_panel.h"
#include "whosaid/corrections.h"
#include "whosaid/json_writer.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <functional>

using corrections_test::actor;
using corrections_test::Case;
using corrections_test::state;

namespace {

std::shared_ptr<const Article> fixtureArticle() {
    return std::make_shared<const Article>(fixture::article());
}

whosaid::Span spanOf(const QString& needle, int nth = 0) {
    const int start = fixture::positionOf(needle, nth);
    return {start, start + static_cast<int32_t>(needle.size())};
}

const std::vector<Case>& addCases() {
    using whosaid::EntityKind;
    using whosaid::QuoteKind;
    static const std::vector<Case> cases = {
        {"a mention of an actor",
         [](CorrectionsController& c) {
             return c.addMention(spanOf(QStringLiteral("PARIS")),
                                 actor(c, QStringLiteral("Paris")));
         },
         [](const CorrectionsController& c) {
             CHECK(c.article()->entityCount() == 4);
             CHECK(c.article()->mentionCount(actor(c, QStringLiteral("Paris"))) == 3);
         }},
        {"a mention of a new actor named by its text",
         [](CorrectionsController& c) {
             return c.addMentionOfNewActor(spanOf(QStringLiteral("Berlin")), {}, EntityKind::Place);
         },
         [](const CorrectionsController& c) {
             CHECK(c.article()->entityCount() == 5);
             const int berlin = actor(c, QStringLiteral("Berlin"));
             REQUIRE(berlin >= 0);
             CHECK(c.article()->entity(berlin).kind == EntityKind::Place);
             CHECK(c.article()->entity(berlin).corrected);
         }},
        {"a mention of a new actor with another name",
         [](CorrectionsController& c) {
             return c.addMentionOfNewActor(spanOf(QStringLiteral("AFP")),
                                           QStringLiteral(" Agence  France-Presse "),
                                           EntityKind::Media);
         },
         [](const CorrectionsController& c) {
             const int afp = actor(c, QStringLiteral("Agence France-Presse"));
             REQUIRE(afp >= 0);
             CHECK(c.article()->entity(afp).kind == EntityKind::Media);
             CHECK(c.article()->slice(c.article()->entity(afp).mentions[0].span) ==
                   QStringLiteral("AFP"));
         }},
        {"a quotation by an actor",
         [](CorrectionsController& c) {
             return c.addQuote(spanOf(QStringLiteral("Dupont doit revenir à Paris en avril")),
                               QuoteKind::Indirect, actor(c, QStringLiteral("Acme")));
         },
         [](const CorrectionsController& c) {
             REQUIRE(c.article()->quoteCount() == 2);
             CHECK(c.article()->quote(1).kind == QuoteKind::Indirect);
             CHECK(c.article()->speakerLabel(1) == QStringLiteral("Acme"));
             CHECK(c.article()->quotationCount(actor(c, QStringLiteral("Acme"))) == 1);
         }},
        {"a quotation by an anonymous speaker",
         [](CorrectionsController& c) {
             return c.addAnonymousQuote(spanOf(QStringLiteral("relancent le dialogue")),
                                        QuoteKind::Partial, QStringLiteral("un  diplomate"));
         },
         [](const CorrectionsController& c) {
             REQUIRE(c.article()->quoteCount() == 2);
             const whosaid::Quote& quote = c.article()->quote(0);
             CHECK(quote.kind == QuoteKind::Partial);
             REQUIRE(quote.speaker.has_value());
             CHECK(quote.speaker->anonymous);
             CHECK(quote.speaker->description == u"un diplomate");
         }},
        {"a quotation by an unknown speaker",
         [](CorrectionsController& c) {
             return c.addQuote(spanOf(QStringLiteral("a salué l'accord")), QuoteKind::Indirect, -1);
         },
         [](const CorrectionsController& c) {
             REQUIRE(c.article()->quoteCount() == 2);
             CHECK(c.article()->speakerEntity(1) == -1);
             CHECK(c.article()->quote(1).corrected);
         }},
        {"a source that is an actor",
         [](CorrectionsController& c) { return c.addSource(0, actor(c, QStringLiteral("Acme"))); },
         [](const CorrectionsController& c) {
             CHECK(c.article()->sourceNames(0) ==
                   QStringList{QStringLiteral("Reuters"), QStringLiteral("Acme")});
         }},
        {"a source the analysis missed",
         [](CorrectionsController& c) { return c.addNewSource(0, QStringLiteral("afp")); },
         [](const CorrectionsController& c) {
             CHECK(c.article()->entityCount() == 5);
             const int afp = actor(c, QStringLiteral("afp"));
             REQUIRE(afp >= 0);
             CHECK(c.article()->entity(afp).kind == EntityKind::Media);
             CHECK(c.article()->sourceNames(0) ==
                   QStringList{QStringLiteral("Reuters"), QStringLiteral("afp")});
         }},
        {"no source any more", [](CorrectionsController& c) { return c.removeSource(0, 0); },
         [](const CorrectionsController& c) {
             CHECK(c.article()->sourceNames(0).isEmpty());
             CHECK(c.article()->entityCount() == 4); // Reuters is still mentioned
         }},
    };
    return cases;
}

} // namespace

TEST_CASE("each addition is applied, undone, redone and kept in the sidecar",
          "[gui][corrections]") {
    corrections_test::exerciseAll(addCases());
}

TEST_CASE("an addition that cannot apply is refused", "[gui][corrections]") {
    CorrectionsController controller;
    controller.open(fixtureArticle(), {});
    const int dupont = actor(controller, QStringLiteral("Jean Dupont"));
    const int reuters = actor(controller, QStringLiteral("Reuters"));
    // Over a mention, empty, outside the text.
    CHECK_FALSE(controller.addMention(spanOf(QStringLiteral("Jean")), reuters));
    CHECK_FALSE(controller.addMention(spanOf(QStringLiteral("rencontré Jean")), reuters));
    CHECK_FALSE(controller.addMention({10, 10}, reuters));
    CHECK_FALSE(controller.addMentionOfNewActor({5000, 5010}, {}, whosaid::EntityKind::Person));
    CHECK_FALSE(controller.addMention(spanOf(QStringLiteral("Berlin")), 12));
    // Over the quotation already found.
    CHECK_FALSE(controller.addQuote(spanOf(QStringLiteral("avancerons pas")),
                                    whosaid::QuoteKind::Direct, dupont));
    CHECK_FALSE(
        controller.addQuote(spanOf(QStringLiteral("lundi")), whosaid::QuoteKind::Direct, 9));
    // Already a source; a name not in the text or only inside the quotation.
    CHECK_FALSE(controller.addSource(0, reuters));
    CHECK_FALSE(controller.addNewSource(0, QStringLiteral("Interfax")));
    CHECK_FALSE(controller.addNewSource(0, QStringLiteral("avancerons")));
    CHECK_FALSE(controller.addNewSource(0, QStringLiteral("Berl"))); // not a whole word
    CHECK_FALSE(controller.removeSource(0, 1));
    CHECK_FALSE(controller.removeSource(1, 0));
    CHECK(controller.undoStack()->count() == 0);
}

TEST_CASE("a new source is the mention nearest the quotation", "[gui][corrections]") {
    CorrectionsController controller;
    controller.open(fixtureArticle(), {});
    // "Berlin" once, in the title; "le" three times, the nearest just after the quotation.
    CHECK(controller.newSourceMention(0, QStringLiteral("berlin")) ==
          spanOf(QStringLiteral("Berlin")));
    CHECK(controller.newSourceMention(0, QStringLiteral("le")) == spanOf(QStringLiteral("Le"), 1));
    CHECK(controller.newSourceMention(0, QStringLiteral("  ")).empty());
}

TEST_CASE("the window shows an addition at once in its panels", "[gui][corrections][window]") {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    MainWindow window;
    window.showDocument(fixture::article(), QStringLiteral("fixture"));
    const int quotes = window.quotesPanel()->model()->rowCount();
    REQUIRE(window.corrections()->addMentionOfNewActor(spanOf(QStringLiteral("Berlin")), {},
                                                       whosaid::EntityKind::Place));
    CHECK(window.article()->entityCount() == 5);
    REQUIRE(window.corrections()->addQuote(spanOf(QStringLiteral("a salué l'accord")),
                                           whosaid::QuoteKind::Indirect, 0));
    CHECK(window.quotesPanel()->model()->rowCount() == quotes + 1);
    CHECK(window.statusText().contains(QStringLiteral("5 actors")));
    CHECK(window.statusText().contains(QStringLiteral("2 quotations")));
    window.undoAction()->trigger();
    window.undoAction()->trigger();
    CHECK(window.quotesPanel()->model()->rowCount() == quotes);
    CHECK(window.article()->entityCount() == 4);
}
