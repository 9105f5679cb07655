#include "gui_bench.h"

#include "article.h"
#include "main_window.h"
#include "reading_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>

GuiFigures measure_gui(const std::string& article_path) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "whosaid-bench";
    static char* argv[] = {name, nullptr};
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);

    GuiFigures figures;
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();

    QEventLoop loop;
    QObject::connect(&window, &MainWindow::articleShown, &loop, &QEventLoop::quit);
    QObject::connect(&window, &MainWindow::errorOccurred, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    window.openFile(QString::fromStdString(article_path));
    loop.exec();
    // Qt lays long documents out lazily; the view is complete once the layout is finished.
    (void)window.readingView()->document()->pageCount();
    QApplication::processEvents();
    figures.open_ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    const auto article = window.article();
    if (!article)
        return figures;
    const auto& entities = article->document().entities;
    int busiest = -1;
    for (size_t e = 0; e < entities.size(); ++e)
        if (busiest < 0 ||
            entities[e].mentions.size() > entities[static_cast<size_t>(busiest)].mentions.size())
            busiest = static_cast<int>(e);
    if (busiest < 0)
        return figures;
    figures.selected_mentions =
        static_cast<int>(entities[static_cast<size_t>(busiest)].mentions.size());
    timer.restart();
    window.selectEntity(busiest, 0);
    QApplication::processEvents();
    figures.select_actor_ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    return figures;
}
