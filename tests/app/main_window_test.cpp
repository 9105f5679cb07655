#include "main_window.h"

#include <catch2/catch.hpp>

#include <QTextBrowser>

TEST_CASE("the main window opens the bundled sample", "[gui]") {
    MainWindow window;
    window.openSample();
    auto* view = window.findChild<QTextBrowser*>();
    REQUIRE(view != nullptr);
    CHECK(view->toPlainText().contains(QStringLiteral("Lavrov")));
}
