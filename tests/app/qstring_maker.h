#pragma once

#include <QString>
#include <catch2/catch.hpp>

// Failures print QStrings as text.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
