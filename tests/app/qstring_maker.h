#pragma once

#include <catch2/catch.hpp>

#include <QString>

// Failures print QStrings as text.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& value) {
        return '"' + value.toStdString() + '"';
    }
};
} // namespace Catch
