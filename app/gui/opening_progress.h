#pragma once

#include <QObject>

class AnalysisRunner;
class PageFetcher;
class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

// What the status bar shows while an article opens: a web page fetched, then the analysis
// off the GUI thread. A busy bar and a Cancel button appear beside the message saying what
// is under way ("Fetching …", "Analysing…"), which replaces the selection line; when the
// opening ends or fails they go and the selection line comes back. Its slots are connected
// before the window's own, so a window's message (an error) comes after the cleared one.
class OpeningProgress : public QObject {
    Q_OBJECT
public:
    // Adds the busy bar and the Cancel button to statusBar, after its other widgets;
    // selectionLine is the status bar's line that the analysis message replaces.
    OpeningProgress(QStatusBar* statusBar, QLabel* selectionLine, AnalysisRunner* runner,
                    PageFetcher* fetcher, QObject* parent = nullptr);

    // True while a page is fetched or an article analysed.
    bool isBusy() const;
    // Stops opening the article (the Cancel button): the fetch stops, the analysis under way
    // ends in the background and its result is dropped; the article shown stays.
    void cancel();
    // Sets the texts in the current language (the window calls it on a language change).
    void retranslate();

private:
    // A step of the opening ended (the fetch failed, the analysis finished or failed): the
    // busy bar and the Cancel button stay only while an analysis still runs; the message goes.
    void stepEnded();

    QStatusBar* statusBar_;
    QLabel* selectionLine_;
    AnalysisRunner* runner_;
    PageFetcher* fetcher_;
    QProgressBar* busy_;
    QToolButton* cancel_;
};
