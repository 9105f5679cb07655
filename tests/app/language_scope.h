#pragma once

#include "language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

// Chooses a language for one test, with fresh test-mode settings, and goes back to the
// system's language afterwards so that the other tests keep reading English. The language
// change reaches the widgets before the constructor returns.
class LanguageScope {
public:
    explicit LanguageScope(const QString& code) {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Language::instance()->choose(code);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
    ~LanguageScope() {
        Language::instance()->apply(QString());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QSettings().clear();
    }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;
};
