#include "actors_panel.h"
#include "article.h"
#include "article_fixture.h"
#include "corrections_controller.h"
#include "corrections_test_support.h"
#include "main_window.h"
#include "qstring_maker.h"
#include "whosaid/corrections.h"
#include "whosaid/json_writer.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <functional>

using corrections_test::actor;
using corrections_test::Case;
using corrections_test::state;

namespace {

std::shared_ptr<const Article> fixtureArticle() {
    return std::make_shared<const Article>(fixture::article());
}

const std::vector<Case>& actionCases() {
    static const std::vector<Case> cases = {
        {"reassign the speaker to an actor",
         [](CorrectionsController& c) {
             return c.reassignSpeaker(0, actor(c, QStringLiteral("Acme")));
         },
         [](const CorrectionsController& c) {
             CHECK(c.article()->speakerLabel(0) == QStringLiteral("Acme"));
             CHECK(c.article()->quote(0).corrected);
         }},
        {"make the speaker anonymous",
         [](CorrectionsController& c) {
             return c.makeSpeakerAnonymous(0, QStringLiteral("un diplomate"));
         },
         [](const CorrectionsController& c) {
             const auto& speaker = c.article()->quote(0).speaker;
             REQUIRE(speaker.has_value());
             CHECK(speaker->anonymous);
             CHECK(speaker->description == u"un diplomate");
             CHECK(c.article()->speakerEntity(0) == -1);
         }},
        {"make the speaker unknown",
         [](CorrectionsController& c) { return c.reassignSpeaker(0, -1); },
         [](const CorrectionsController& c) {
             CHECK(c.article()->speakerEntity(0) == -1);
         }},
        {"not a quotation", [](CorrectionsController& c) { return c.notAQuote(0); },
         [](const CorrectionsController& c) {
             CHECK(c.article()->quoteCount() == 0);
         }},
        {"rename an actor",
         [](CorrectionsController& c) {
             return c.renameActor(actor(c, QStringLiteral("Jean Dupont")),
                                  QStringLiteral("Jean-Marc Dupont"));
         },
         [](const CorrectionsController& c) {
             CHECK(actor(c, QStringLiteral("Jean Dupont")) == -1);
             const int e = actor(c, QStringLiteral("Jean-Marc Dupont"));
             REQUIRE(e >= 0);
             CHECK(c.article()->mentionCount(e) == 3);
         }},
        {"change an actor's kind",
         [](CorrectionsController& c) {
             return c.changeActorKind(actor(c, QStringLiteral("Acme")), whosaid::EntityKind::Media);
         },
         [](const CorrectionsController& c) {
             CHECK(c.article()->entity(actor(c, QStringLiteral("Acme"))).kind ==
                   whosaid::EntityKind::Media);
         }},
        {"merge two actors",
         [](CorrectionsController& c) {
             return c.mergeActors(actor(c, QStringLiteral("Jean Dupont")),
                                  actor(c, QStringLiteral("Acme")));
         },
         [](const CorrectionsController& c) {
             CHECK(c.article()->entityCount() == 3);
             CHECK(actor(c, QStringLiteral("Acme")) == -1);
             CHECK(c.article()->mentionCount(actor(c, QStringLiteral("Jean Dupont"))) == 4);
         }},
        {"remove a mention",
         [](CorrectionsController& c) {
             return c.removeMention(actor(c, QStringLiteral("Paris")), 1);
         },
         [](const CorrectionsController& c) {
             CHECK(c.article()->mentionCount(actor(c, QStringLiteral("Paris"))) == 1);
         }},
        {"remove an actor's only mention",
         [](CorrectionsController& c) {
             return c.removeMention(actor(c, QStringLiteral("Acme")), 0);
         },
         [](const CorrectionsController& c) {
             CHECK(actor(c, QStringLiteral("Acme")) == -1);
             CHECK(c.article()->entityCount() == 3);
         }},
        {"split a mention off",
         [](CorrectionsController& c) {
             return c.splitMention(actor(c, QStringLiteral("Jean Dupont")), 2);
         },
         [](const CorrectionsController& c) {
             CHECK(c.article()->entityCount() == 5);
             CHECK(c.article()->mentionCount(actor(c, QStringLiteral("Jean Dupont"))) == 2);
         }},
    };
    return cases;
}

} // namespace

TEST_CASE("each correction changes the document, is kept in the sidecar, undone and redone",
          "[gui][corrections]") {
    corrections_test::exerciseAll(actionCases());
}

TEST_CASE("corrections stack up and undo one at a time", "[gui][corrections]") {
    CorrectionsController controller;
    controller.open(fixtureArticle(), {});
    const std::string original = state(controller);
    REQUIRE(controller.renameActor(actor(controller, QStringLiteral("Acme")),
                                   QStringLiteral("Acme Group")));
    const std::string renamed = state(controller);
    REQUIRE(controller.reassignSpeaker(0, actor(controller, QStringLiteral("Acme Group"))));
    CHECK(controller.article()->speakerLabel(0) == QStringLiteral("Acme Group"));
    controller.undoStack()->undo();
    CHECK(state(controller) == renamed);
    controller.undoStack()->undo();
    CHECK(state(controller) == original);
    CHECK_FALSE(controller.undoStack()->canUndo());
}

TEST_CASE("a correction that would change nothing is refused", "[gui][corrections]") {
    CorrectionsController controller;
    controller.open(fixtureArticle(), {});
    const int dupont = actor(controller, QStringLiteral("Jean Dupont"));
    CHECK_FALSE(controller.renameActor(dupont, QStringLiteral("Jean Dupont")));
    CHECK_FALSE(controller.renameActor(dupont, QStringLiteral("  ")));
    CHECK_FALSE(controller.mergeActors(dupont, dupont));
    CHECK_FALSE(controller.changeActorKind(dupont, whosaid::EntityKind::Person));
    CHECK_FALSE(controller.splitMention(actor(controller, QStringLiteral("Acme")), 0));
    CHECK_FALSE(controller.notAQuote(5));
    CHECK_FALSE(controller.removeMention(dupont, 3));
    CHECK(controller.undoStack()->count() == 0);
}

TEST_CASE("the sidecar is written after each change and applied when reopened",
          "[gui][corrections]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("article.txt"));
    CorrectionsController controller;
    controller.open(fixtureArticle(), path);
    CHECK(controller.sidecarPath() == path + QStringLiteral(".whosaid.json"));
    CHECK_FALSE(QFile::exists(controller.sidecarPath()));
    REQUIRE(controller.renameActor(actor(controller, QStringLiteral("Acme")),
                                   QStringLiteral("Acme Group")));
    REQUIRE(controller.notAQuote(0));
    REQUIRE(QFile::exists(controller.sidecarPath()));
    auto saved = whosaid::load_corrections(controller.sidecarPath().toStdString());
    REQUIRE(saved.ok());
    CHECK(saved.value().items.size() == 2);

    controller.undoStack()->undo(); // the undo is saved too
    CorrectionsController reopened;
    QSignalSpy errors(&reopened, &CorrectionsController::errorOccurred);
    reopened.open(fixtureArticle(), path);
    CHECK(errors.isEmpty());
    CHECK(actor(reopened, QStringLiteral("Acme Group")) >= 0);
    CHECK(reopened.article()->quoteCount() == 1);
    CHECK(reopened.corrections().items.size() == 1);
}

TEST_CASE("a corrupt sidecar is reported and the article still opens", "[gui][corrections]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("article.txt"));
    QFile sidecar(path + QStringLiteral(".whosaid.json"));
    REQUIRE(sidecar.open(QIODevice::WriteOnly));
    sidecar.write("{\"format\": \"whosaid-corrections\", \"version\": 1, \"corrections\": [");
    sidecar.close();
    CorrectionsController controller;
    QSignalSpy errors(&controller, &CorrectionsController::errorOccurred);
    const auto article = controller.open(fixtureArticle(), path);
    REQUIRE(article);
    CHECK(errors.count() == 1);
    CHECK(article->entityCount() == 4);
    CHECK(article->quoteCount() == 1);
}

TEST_CASE("the window applies corrections, undoes them and reapplies them on reopening",
          "[gui][corrections][window]") {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("quotes_fr.txt"));
    REQUIRE(QFile::copy(QStringLiteral(WHOSAID_TEST_DATA "/articles/quotes_fr.txt"), path));

    MainWindow window;
    QSignalSpy shown(&window, &MainWindow::articleShown);
    window.openFile(path);
    REQUIRE(shown.wait(20000));
    REQUIRE(window.article()->entityCount() > 0);
    const QString name = window.article()->entityName(0);
    const QString renamed = name + QStringLiteral(" (corrigé)");
    window.selectEntity(0, 0);
    CHECK_FALSE(window.undoAction()->isEnabled());
    REQUIRE(window.corrections()->renameActor(0, renamed));
    CHECK(window.article()->entityName(window.selectedEntity()) == renamed);
    CHECK(window.statusText().startsWith(renamed));
    CHECK(window.undoAction()->isEnabled());
    window.undoAction()->trigger();
    CHECK(window.article()->entityName(0) == name);
    CHECK(window.redoAction()->isEnabled());
    window.redoAction()->trigger();
    CHECK(window.article()->entityName(window.selectedEntity()) == renamed);

    MainWindow reopened;
    QSignalSpy reshown(&reopened, &MainWindow::articleShown);
    reopened.openFile(path);
    REQUIRE(reshown.wait(20000));
    bool found = false;
    for (int e = 0; e < reopened.article()->entityCount(); ++e)
        found = found || reopened.article()->entityName(e) == renamed;
    CHECK(found);
    CHECK(reopened.lastError().isEmpty());

    QFile sidecar(path + QStringLiteral(".whosaid.json"));
    REQUIRE(sidecar.open(QIODevice::WriteOnly | QIODevice::Truncate));
    sidecar.write("not json");
    sidecar.close();
    MainWindow broken;
    QSignalSpy brokenShown(&broken, &MainWindow::articleShown);
    broken.openFile(path);
    REQUIRE(brokenShown.wait(20000));
    CHECK_FALSE(broken.lastError().isEmpty());
    CHECK(broken.article()->entityName(0) == name);
}
