#include "article.h"
#include "main_window.h"
#include "whosaid/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("whosaid"));
    QApplication::setApplicationName(QStringLiteral("whosaid"));
    QApplication::setApplicationVersion(QString::fromLatin1(whosaid::version()));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    // Without a catalog for the user's language, English still needs its plural forms.
    if (translator.load(QLocale(), QStringLiteral("whosaid"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral(":/i18n/whosaid_en.qm")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Who said what, citing whom: a reader for news articles"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The article to open."),
                                 QStringLiteral("[file]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to <png> and quit."),
        QStringLiteral("png"));
    parser.addOption(screenshot);
    parser.process(app);

    MainWindow window;
    if (parser.isSet(screenshot)) {
        // For documentation: once the article is shown, follow its first actor and save.
        const QString target = parser.value(screenshot);
        QObject::connect(&window, &MainWindow::articleShown, &window, [&window, target] {
            if (window.article()->entityCount() > 0)
                window.selectEntity(0, 0);
            QTimer::singleShot(300, &window, [&window, target] {
                window.grab().save(target);
                QApplication::quit();
            });
        });
    }
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    else
        window.openSample();
    window.show();
    return app.exec();
}
