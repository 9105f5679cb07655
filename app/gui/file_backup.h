#pragma once

#include <QString>

// Moves a file a person chose to replace out of the way, never over another file: to
// PATH.bak, or PATH.bak2, PATH.bak3, ... when that name is taken. Returns the new name, or
// an empty string when the file could not be moved (error then says why).
QString moveToBackup(const QString& path, QString* error);
