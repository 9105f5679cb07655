#include "article.h"
#include "language.h"
#include "launch_options.h"
#include "main_window.h"
#include "whosaid/version.h"

#include <QApplication>
#include <QTimer>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("whosaid"));
    QApplication::setApplicationName(QStringLiteral("whosaid"));
    QApplication::setApplicationVersion(QString::fromLatin1(whosaid::version()));

    Language::instance()->applySaved();

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
    if (!options.address.isEmpty())
        window.openAddress(options.address);
    else if (options.file.isEmpty())
        window.openSample();
    else
        window.openFile(options.file);
    window.show();
    return app.exec();
}
