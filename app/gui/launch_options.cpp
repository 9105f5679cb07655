#include "launch_options.h"

#include <QCommandLineParser>

LaunchOptions LaunchOptions::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Who said what, citing whom: a reader for news articles"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The article to open: a file (.txt, .html, .md, .pdf, "
                                    ".docx, .odt, .eml) or a web address (http, https)."),
                                 QStringLiteral("[file]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Save a picture of the window to <png> and quit."),
                                        QStringLiteral("png"));
    parser.addOption(screenshot);
    parser.process(arguments);

    LaunchOptions options;
    if (!parser.positionalArguments().isEmpty()) {
        const QString argument = parser.positionalArguments().constFirst();
        // Only an address with its scheme: "news.example/x" may be a file's name.
        const QString lower = argument.toLower();
        if (lower.startsWith(QLatin1String("http://")) ||
            lower.startsWith(QLatin1String("https://")))
            options.address = QUrl(argument);
        else
            options.file = argument;
    }
    options.screenshot = parser.value(screenshot);
    return options;
}
