#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace {
const QString kSettingsKey = QStringLiteral("view/language");
} // namespace

Language::Language(QObject* parent) : QObject(parent) {
    setObjectName(QStringLiteral("whosaidLanguage"));
}

Language* Language::instance() {
    QCoreApplication* app = QCoreApplication::instance();
    Q_ASSERT(app);
    auto* language =
        app->findChild<Language*>(QStringLiteral("whosaidLanguage"), Qt::FindDirectChildrenOnly);
    return language ? language : new Language(app);
}

QStringList Language::choices() {
    return {QString(), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"),
            QStringLiteral("es")};
}

QString Language::nativeName(const QString& code) {
    // Written in their own language on purpose: a user lost in a foreign interface must
    // still find theirs.
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    return tr("System", "the language of the operating system");
}

void Language::apply(const QString& code) {
    QCoreApplication::removeTranslator(&qt_);
    QCoreApplication::removeTranslator(&app_);
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    if (qt_.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt_);
    // Without a catalog for the language, English still needs its plural forms.
    if (app_.load(locale, QStringLiteral("whosaid"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        app_.load(QStringLiteral(":/i18n/whosaid_en.qm")))
        QCoreApplication::installTranslator(&app_);
    current_ = code;
    emit changed(code);
}

void Language::choose(const QString& code) {
    QSettings().setValue(kSettingsKey, code);
    apply(code);
}

void Language::applySaved() {
    const QString saved = QSettings().value(kSettingsKey).toString();
    apply(choices().contains(saved) ? saved : QString());
}
