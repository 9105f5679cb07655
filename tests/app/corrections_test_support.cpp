#include "corrections_test_support.h"

#include "article.h"
#include "article_fixture.h"
#include "corrections_controller.h"
#include "whosaid/corrections.h"
#include "whosaid/json_writer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <catch2/catch.hpp>

namespace corrections_test {

int actor(const CorrectionsController& controller, const QString& name) {
    const auto& article = *controller.article();
    for (int e = 0; e < article.entityCount(); ++e)
        if (article.entityName(e) == name)
            return e;
    return -1;
}

std::string state(const CorrectionsController& controller) {
    return whosaid::write_json(controller.article()->document(), {});
}

void exercise(const Case& row, const QString& sidecarPath) {
    const auto fixture = std::make_shared<const Article>(fixture::article());
    CorrectionsController controller;
    controller.open(fixture, sidecarPath);
    const std::string original = state(controller);
    QSignalSpy changed(&controller, &CorrectionsController::articleChanged);
    REQUIRE(row.act(controller));
    CHECK(changed.count() == 1);
    REQUIRE(controller.corrections().items.size() == 1);
    row.check(controller);
    const std::string corrected = state(controller);
    CHECK(corrected != original);

    CorrectionsController reopened;
    QSignalSpy errors(&reopened, &CorrectionsController::errorOccurred);
    reopened.open(fixture, sidecarPath);
    CHECK(errors.isEmpty());
    CHECK(state(reopened) == corrected);
    CHECK(reopened.corrections() == controller.corrections());

    controller.undoStack()->undo();
    CHECK(state(controller) == original);
    CHECK(controller.corrections().items.empty());
    controller.undoStack()->redo();
    CHECK(state(controller) == corrected);
    row.check(controller);
    CHECK(changed.count() == 3);
}

void exerciseAll(const std::vector<Case>& rows) {
    for (const Case& row : rows) {
        DYNAMIC_SECTION(row.name) {
            QTemporaryDir dir;
            REQUIRE(dir.isValid());
            exercise(row, dir.filePath(QStringLiteral("article.txt")));
        }
    }
}

} // namespace corrections_test
