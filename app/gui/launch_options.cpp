#include "launch_options.h"

#include <QCommandLineParser>

LaunchOptions LaunchOptions::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Who said what, citing whom: a reader for news articles"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The article to open (.txt, .html, .htm, .md)."),
                                 QStringLiteral("[file]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Save a picture of the window to <png> and quit."),
                                        QStringLiteral("png"));
    parser.addOption(screenshot);
    parser.process(arguments);

    LaunchOptions options;
    if (!parser.positionalArguments().isEmpty())
        options.file = parser.positionalArguments().constFirst();
    options.screenshot = parser.value(screenshot);
    return options;
}
