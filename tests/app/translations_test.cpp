#include "actors_model.h"
#include "actors_panel.h"
#include "find_bar.h"
#include "language.h"
#include "language_scope.h"
#include "main_window.h"
#include "qstring_maker.h"
#include "quotes_model.h"
#include "quotes_panel.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QFile>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTranslator>

namespace {

// The menu bar's titles, in order ("&File", "&Edit", ...).
QStringList menuTitles(const MainWindow& window) {
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

// Switches the language as the Language menu does and delivers the LanguageChange events
// that Qt posts to every window (the event loop would deliver them at once).
void switchTo(const QString& code) {
    Language::instance()->choose(code);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

QString dockTitle(const MainWindow& window, const char* objectName) {
    auto* dock = window.findChild<QDockWidget*>(QString::fromLatin1(objectName));
    return dock ? dock->windowTitle() : QString();
}

} // namespace

TEST_CASE("the catalogs translate the menus and the plural forms", "[gui][i18n]") {
    const struct {
        const char* language;
        const char* context;
        const char* source;
        const char* comment;
        int n;
        QString expected;
    } rows[] = {
        {"fr", "MainWindow", "&File", nullptr, -1, QStringLiteral("&Fichier")},
        {"fr", "StatusSummary", "%Ln mention(s)", nullptr, 1, QStringLiteral("1 mention")},
        {"fr", "StatusSummary", "%Ln mention(s)", nullptr, 5, QStringLiteral("5 mentions")},
        {"fr", "StatusSummary", "%Ln quotation(s)", nullptr, 0, QStringLiteral("0 citation")},
        {"fr", "HighlightStyle", "People", nullptr, -1, QStringLiteral("Personnes")},
        {"en", "StatusSummary", "%Ln mention(s)", nullptr, 1, QStringLiteral("1 mention")},
        {"en", "StatusSummary", "%Ln mention(s)", nullptr, 0, QStringLiteral("0 mentions")},
        {"de", "MainWindow", "&File", nullptr, -1, QStringLiteral("&Datei")},
        {"de", "StatusSummary", "%Ln quotation(s)", nullptr, 1, QStringLiteral("1 Zitat")},
        {"de", "StatusSummary", "%Ln quotation(s)", nullptr, 3, QStringLiteral("3 Zitate")},
        {"de", "FindBar", "Next", "go to the next match", -1, QStringLiteral("Weiter")},
        {"es", "MainWindow", "&File", nullptr, -1, QStringLiteral("&Archivo")},
        {"es", "StatusSummary", "%Ln mention(s)", nullptr, 1, QStringLiteral("1 mención")},
        {"es", "StatusSummary", "%Ln mention(s)", nullptr, 2, QStringLiteral("2 menciones")},
        {"es", "HighlightStyle", "Places", nullptr, -1, QStringLiteral("Lugares")},
    };
    for (const auto& row : rows) {
        DYNAMIC_SECTION(row.language << " " << row.source << " " << row.n) {
            QTranslator translator;
            REQUIRE(translator.load(
                QStringLiteral(":/i18n/whosaid_%1.qm").arg(QString::fromLatin1(row.language))));
            // %Ln is filled in by tr(), not by translate(): fill it as tr() would.
            QString text = translator.translate(row.context, row.source, row.comment, row.n);
            text.replace(QStringLiteral("%Ln"), QString::number(row.n));
            CHECK(text == row.expected);
        }
    }
}

TEST_CASE("with the French setting the window, its panels and its dialogs speak French",
          "[gui][i18n]") {
    LanguageScope french(QStringLiteral("fr"));
    MainWindow window;
    CHECK(menuTitles(window) == QStringList{QStringLiteral("&Fichier"), QStringLiteral("É&dition"),
                                            QStringLiteral("&Affichage"), QStringLiteral("Aid&e")});
    CHECK(dockTitle(window, "actorsDock") == QStringLiteral("Acteurs"));
    CHECK(dockTitle(window, "quotesDock") == QStringLiteral("Citations"));
    CHECK(window.actorsPanel()->filterField()->placeholderText() ==
          QStringLiteral("Filtrer les acteurs"));
    CHECK(window.actorsPanel()->model()->headerData(ActorsModel::Name, Qt::Horizontal) ==
          QStringLiteral("Acteur"));
    CHECK(window.quotesPanel()->model()->headerData(QuotesModel::Speaker, Qt::Horizontal) ==
          QStringLiteral("Locuteur"));
    CHECK(window.kindAction(HighlightKind::Person)->text() == QStringLiteral("Personnes"));
    CHECK(window.statusText() == QStringLiteral("Aucun article"));
    // A dialog: the report of a file that cannot be opened.
    QSignalSpy failed(&window, &MainWindow::errorOccurred);
    window.openFile(QStringLiteral("/nonexistent/article.txt"));
    REQUIRE(failed.wait(20000));
    CHECK(window.lastError().startsWith(QStringLiteral("Impossible d’ouvrir « article.txt » : ")));
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("errorMessage"));
    REQUIRE(box);
    CHECK(box->windowTitle() == QStringLiteral("Impossible d’ouvrir le fichier"));
    // Qt's own strings (standard buttons) follow when Debian's qtbase_fr.qm is installed.
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                      QStringLiteral("/qtbase_fr.qm")))
        CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Annuler"));
}

TEST_CASE("German and Spanish settings translate the menus and panels", "[gui][i18n]") {
    const struct {
        const char* code;
        QString file;
        QString actors;
        QString person;
    } rows[] = {
        {"de", QStringLiteral("&Datei"), QStringLiteral("Akteure"), QStringLiteral("Personen")},
        {"es", QStringLiteral("&Archivo"), QStringLiteral("Actores"), QStringLiteral("Personas")},
    };
    for (const auto& row : rows) {
        DYNAMIC_SECTION(row.code) {
            LanguageScope scope(QString::fromLatin1(row.code));
            MainWindow window;
            CHECK(menuTitles(window).value(0) == row.file);
            CHECK(dockTitle(window, "actorsDock") == row.actors);
            CHECK(window.kindAction(HighlightKind::Person)->text() == row.person);
        }
    }
}

TEST_CASE("the language setting persists and switches the open window live", "[gui][i18n]") {
    LanguageScope english(QStringLiteral("en"));
    MainWindow window;
    REQUIRE(menuTitles(window).value(0) == QStringLiteral("&File"));
    QSignalSpy changed(Language::instance(), &Language::changed);

    switchTo(QStringLiteral("de"));
    CHECK(changed.count() == 1);
    CHECK(QSettings().value(QStringLiteral("view/language")).toString() == QStringLiteral("de"));
    CHECK(menuTitles(window) == QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                            QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")});
    CHECK(dockTitle(window, "mentionsDock") == QStringLiteral("Erwähnungen"));
    CHECK(window.quotesPanel()->model()->headerData(QuotesModel::Words, Qt::Horizontal) ==
          QStringLiteral("Zitat"));
    CHECK(window.statusText() == QStringLiteral("Kein Artikel"));
    // Numbers in the panels follow the language too.
    CHECK(window.quotesPanel()->locale().language() == QLocale::German);

    switchTo(QStringLiteral("es"));
    CHECK(menuTitles(window).value(0) == QStringLiteral("&Archivo"));
    CHECK(window.kindAction(HighlightKind::Quotation)->text() == QStringLiteral("Citas"));

    // The next start reads the choice back.
    Language::instance()->apply(QString());
    Language::instance()->applySaved();
    CHECK(Language::instance()->current() == QStringLiteral("es"));
}

TEST_CASE("the Language menu names each language in its own language", "[gui][i18n]") {
    LanguageScope english(QStringLiteral("en"));
    MainWindow window;
    QStringList names;
    for (QMenu* menu : window.findChildren<QMenu*>())
        if (menu->title() == QStringLiteral("&Language"))
            for (QAction* action : menu->actions())
                if (action->isCheckable())
                    names << action->text();
    CHECK(names == QStringList{QStringLiteral("System"), QStringLiteral("English"),
                               QStringLiteral("Français"), QStringLiteral("Deutsch"),
                               QStringLiteral("Español")});
}
