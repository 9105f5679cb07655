#include "opening_progress.h"

#include "analysis_runner.h"
#include "page_fetcher.h"

#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>

OpeningProgress::OpeningProgress(QStatusBar* statusBar, QLabel* selectionLine,
                                 AnalysisRunner* runner, PageFetcher* fetcher, QObject* parent)
    : QObject(parent), statusBar_(statusBar), selectionLine_(selectionLine), runner_(runner),
      fetcher_(fetcher), busy_(new QProgressBar(statusBar)), cancel_(new QToolButton(statusBar)) {
    busy_->setRange(0, 0);
    busy_->setMaximumWidth(160);
    busy_->hide();
    statusBar_->addPermanentWidget(busy_);
    cancel_->setObjectName(QStringLiteral("cancelAnalysis"));
    cancel_->hide();
    statusBar_->addPermanentWidget(cancel_);
    connect(cancel_, &QToolButton::clicked, this, &OpeningProgress::cancel);

    // While an article is analysed its message replaces the selection line. Hidden by hand:
    // QStatusBar hides it only when it is already on screen, so a file opened at start-up
    // drew both lines on top of each other.
    connect(runner_, &AnalysisRunner::started, this, [this] {
        busy_->show();
        cancel_->show();
        selectionLine_->hide();
        statusBar_->showMessage(tr("Analysing…"));
    });
    connect(runner_, &AnalysisRunner::finished, this, [this] {
        stepEnded();
        selectionLine_->setVisible(!runner_->isBusy());
    });
    connect(runner_, &AnalysisRunner::failed, this, [this] {
        stepEnded();
        selectionLine_->setVisible(!runner_->isBusy());
    });
    connect(fetcher_, &PageFetcher::started, this, [this](const QUrl& url) {
        busy_->show();
        cancel_->show();
        statusBar_->showMessage(tr("Fetching %1…").arg(url.toDisplayString()));
    });
    connect(fetcher_, &PageFetcher::failed, this, &OpeningProgress::stepEnded);
    retranslate();
}

void OpeningProgress::stepEnded() {
    busy_->setVisible(runner_->isBusy());
    cancel_->setVisible(runner_->isBusy());
    statusBar_->clearMessage();
}

bool OpeningProgress::isBusy() const {
    return runner_->isBusy() || fetcher_->isBusy();
}

void OpeningProgress::cancel() {
    if (!isBusy())
        return;
    fetcher_->cancel();
    runner_->cancel();
    busy_->hide();
    cancel_->hide();
    selectionLine_->show();
    statusBar_->showMessage(tr("Opening cancelled."), 5000);
}

void OpeningProgress::retranslate() {
    busy_->setAccessibleName(tr("Analysis in progress"));
    cancel_->setText(tr("Cancel"));
    cancel_->setToolTip(tr("Stop opening this article"));
}
