#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

// The language of the interface: whosaid's own catalog and Qt's (qtbase_*.qm, so that
// standard dialogs match) for English, French, German or Spanish, or the system's
// language. One instance lives as a child of the application (instance()), so that the
// translators outlive every window. Installing translators makes Qt send
// QEvent::LanguageChange to every widget, which retranslates itself.
class Language : public QObject {
    Q_OBJECT
public:
    // The application's instance, created on first use (needs a QCoreApplication).
    static Language* instance();
    // The codes that can be chosen: "" (the system's language), "en", "fr", "de", "es".
    static QStringList choices();
    // A language's name in that language ("Français"); "" gives the translated "System".
    static QString nativeName(const QString& code);

    // Installs the catalogs of a language ("" for the system's) and makes it the default
    // QLocale, for numbers and dates. Does not touch the settings.
    void apply(const QString& code);
    // Applies and remembers a choice in QSettings, for the next start.
    void choose(const QString& code);
    // Applies the choice remembered in QSettings (the system's language by default).
    void applySaved();
    // The code last applied ("" for the system's language).
    QString current() const { return current_; }

signals:
    void changed(const QString& code);

private:
    explicit Language(QObject* parent);

    QTranslator qt_;
    QTranslator app_;
    QString current_;
};
