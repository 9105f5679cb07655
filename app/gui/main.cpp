#include "article.h"
#include "launch_options.h"
#include "main_window.h"
#include "whosaid/version.h"

#include <QApplication>
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

    const LaunchOptions options = LaunchOptions::parse(QApplication::arguments());
    MainWindow window;
    if (!options.screenshot.isEmpty()) {
        // For documentation: once the article is shown, follow its most mentioned actor.
        const QString target = options.screenshot;
        QObject::connect(&window, &MainWindow::articleShown, &window, [&window, target] {
            const auto article = window.article();
            int best = -1;
            for (int e = 0; e < article->entityCount(); ++e)
                if (best < 0 || article->mentionCount(e) > article->mentionCount(best))
                    best = e;
            window.selectEntity(best, 0);
            QTimer::singleShot(300, &window, [&window, target] {
                window.grab().save(target);
                QApplication::quit();
            });
        });
    }
    if (options.file.isEmpty())
        window.openSample();
    else
        window.openFile(options.file);
    window.show();
    return app.exec();
}
