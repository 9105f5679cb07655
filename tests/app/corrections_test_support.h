#pragma once

#include <QString>
#include <functional>
#include <string>
#include <vector>

class CorrectionsController;

// Shared by the tests of the corrections made in the window.
namespace corrections_test {

// Index of the actor named name in the controller's article, -1 when none is.
int actor(const CorrectionsController& controller, const QString& name);

// The whole state of the article as JSON, to compare states exactly.
std::string state(const CorrectionsController& controller);

// One row of a table of corrections: what to do, and what must hold after it.
struct Case {
    const char* name;
    std::function<bool(CorrectionsController&)> act;
    std::function<void(const CorrectionsController&)> check;
};

// Opens the fixture article with its sidecar at sidecarPath, applies the case and checks that
// it changes the document once, survives reopening from the sidecar, and that undo restores
// the exact first state and redo the corrected one.
void exercise(const Case& row, const QString& sidecarPath);

// exercise() for each row, in its own section and temporary folder.
void exerciseAll(const std::vector<Case>& rows);

} // namespace corrections_test
