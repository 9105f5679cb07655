#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the command line asks for: `whosaid [--screenshot PNG] [FILE | URL]`. Lives in the
// library so that its help texts are translated with the rest of the window.
struct LaunchOptions {
    Q_DECLARE_TR_FUNCTIONS(LaunchOptions)
public:
    QString file;       // the article to open; empty for the bundled sample or an address
    QUrl address;       // the web page to open (http or https); empty for a file
    QString screenshot; // where to save a picture of the window before quitting; or empty

    // Parses the arguments (argv[0] first); --help and --version print and exit.
    static LaunchOptions parse(const QStringList& arguments);
};
