#include "main_window.h"

#include "actor_selection.h"
#include "actors_panel.h"
#include "alias_store.h"
#include "analysis_runner.h"
#include "article.h"
#include "corrections_controller.h"
#include "file_problem_bar.h"
#include "find_bar.h"
#include "highlight_style.h"
#include "legend_bar.h"
#include "load_warning_bar.h"
#include "mentions_panel.h"
#include "opening_progress.h"
#include "page_fetcher.h"
#include "quotes_panel.h"
#include "reading_view.h"
#include "recent_files.h"
#include "review_bar.h"
#include "sources_panel.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), view_(new ReadingView(this)), findBar_(new FindBar(this)),
      actors_(new ActorsPanel(this)), mentions_(new MentionsPanel(this)),
      quotes_(new QuotesPanel(this)), sources_(new SourcesPanel(this)),
      runner_(new AnalysisRunner(this)), fetcher_(new PageFetcher(this)),
      recent_(new RecentFiles(this)), corrections_(new CorrectionsController(this)),
      aliases_(new AliasStore({}, this)),
      problems_(new FileProblemBar(corrections_, aliases_, this)),
      loadWarnings_(new LoadWarningBar(this)), review_(new ReviewBar(corrections_, this)),
      selectionLabel_(new QLabel(this)), selection_(std::make_unique<ActorSelection>(
                                             view_, actors_, mentions_, quotes_, selectionLabel_)) {
    QIcon icon;
    for (int size : {32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/whosaid-%1.png").arg(size), QSize(size, size));
    setWindowIcon(icon);
    setAcceptDrops(true);
    resize(1200, 780);

    createActions();
    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(new LegendBar(kindActions_, centre));
    layout->addWidget(problems_);
    problems_->hide();
    layout->addWidget(loadWarnings_);
    layout->addWidget(review_);
    layout->addWidget(view_, 1);
    layout->addWidget(findBar_);
    findBar_->hide();
    // A readable column of text: when the window narrows, the side panels give way before
    // the article shrinks below this. A strut, not setMinimumWidth(), so that a wider find
    // bar still raises the minimum (an explicit minimum would override it and squeeze it).
    layout->addStrut(370);
    setCentralWidget(centre);
    createDocks();

    selectionLabel_->setObjectName(QStringLiteral("selectionLabel"));
    statusBar()->addWidget(selectionLabel_, 1);
    // Before the window's own connections: its messages (an error) follow the progress's.
    progress_ = new OpeningProgress(statusBar(), selectionLabel_, runner_, fetcher_, this);
    connect(runner_, &AnalysisRunner::finished, this,
            [this](std::shared_ptr<const Article> article, const QString& label) {
                // Opening another article (or reloading) would drop unsaved corrections.
                if (!problems_->confirmDiscard())
                    return;
                if (!label.startsWith(QLatin1Char(':')) && QFileInfo(label).isAbsolute()) {
                    currentPath_ = label;
                    currentAddress_.clear();
                    recent_->add(label);
                } else if (label.contains(QStringLiteral("://"))) {
                    currentAddress_ = QUrl(label);
                }
                const bool isFile =
                    !label.startsWith(QLatin1Char(':')) && QFileInfo(label).isAbsolute();
                loadWarnings_->setWarnings(article->document().warnings, label);
                showArticle(corrections_->open(std::move(article), isFile ? label : QString()),
                            label);
            });
    connect(fetcher_, &PageFetcher::finished, runner_, &AnalysisRunner::analyzePage);
    connect(fetcher_, &PageFetcher::failed, this, [this](const QUrl& url, const QString& reason) {
        reportError(url.toDisplayString(), reason, {});
    });
    connect(runner_, &AnalysisRunner::failed, this, &MainWindow::reportError);

    // A long article is readable at once, its highlights following in batches.
    connect(view_, &ReadingView::formattingProgress, this, [this](int percent) {
        const QString pattern = tr("Highlighting the article… %1 %");
        if (percent < 100)
            statusBar()->showMessage(pattern.arg(percent), 3000);
        else if (statusBar()->currentMessage().startsWith(
                     pattern.left(pattern.indexOf(QStringLiteral("%1")))))
            statusBar()->clearMessage();
    });
    connect(view_, &ReadingView::entityClicked, this,
            [this](int entity, int position) { selection_->selectAt(entity, position); });
    connect(view_, &ReadingView::quoteClicked, this, [this](int quote) {
        clearSelection();
        view_->setSelectedQuote(quote);
        quotes_->showQuote(quote);
    });
    connect(actors_, &ActorsPanel::entityChosen, this, [this](int e) { selectEntity(e, 0); });
    connect(sources_, &SourcesPanel::entityChosen, this, [this](int e) { selectEntity(e, 0); });
    connect(mentions_, &MentionsPanel::mentionChosen, this,
            [this](int mention) { selectEntity(selection_->entity(), mention); });
    connect(quotes_, &QuotesPanel::showAllRequested, this, &MainWindow::clearSelection);
    const auto showQuote = [this](int quote) {
        selection_->showQuote(quote);
    };
    connect(quotes_, &QuotesPanel::quoteChosen, this, showQuote);
    connect(quotes_, &QuotesPanel::reviewRequested, this, &MainWindow::startReview);
    connect(review_, &ReviewBar::quoteShown, this, showQuote);
    connect(review_, &ReviewBar::reassignRequested, this, &MainWindow::chooseSpeaker);
    connect(review_, &ReviewBar::addSourceRequested, this, &MainWindow::chooseSource);
    connect(review_, &ReviewBar::finished, view_, [this] { view_->setFocus(); });
    connect(findBar_, &FindBar::searchChanged, this,
            [this](const QString& text) { findBar_->setResult(-1, view_->setSearch(text)); });
    connect(findBar_, &FindBar::next, this,
            [this] { findBar_->setResult(view_->findNext(false), view_->matchCount()); });
    connect(findBar_, &FindBar::previous, this,
            [this] { findBar_->setResult(view_->findNext(true), view_->matchCount()); });
    connect(findBar_, &FindBar::closed, this, [this] {
        view_->setSearch({});
        view_->setFocus();
    });
    connect(corrections_, &CorrectionsController::articleChanged, this, &MainWindow::showCorrected);
    connect(corrections_, &CorrectionsController::errorOccurred, this,
            &MainWindow::reportCorrectionError);
    connect(corrections_, &CorrectionsController::mergedFromDisk, this, [this] {
        statusBar()->showMessage(
            tr("The corrections file was changed elsewhere: its corrections were merged with "
               "yours."),
            10000);
    });
    loadAliases();
    restoreSettings();
    retranslateUi();
}

MainWindow::~MainWindow() = default;

QDockWidget* MainWindow::addPanel(QWidget* panel, const char* title, const QString& objectName,
                                  Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(tr(title), this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    docks_.emplace_back(dock, title);
    addDockWidget(area, dock);
    panelsMenu_->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::createDocks() {
    QDockWidget* actors = addPanel(actors_, QT_TR_NOOP("Actors"), QStringLiteral("actorsDock"),
                                   Qt::LeftDockWidgetArea);
    QDockWidget* sources = addPanel(sources_, QT_TR_NOOP("Sources"), QStringLiteral("sourcesDock"),
                                    Qt::LeftDockWidgetArea);
    QDockWidget* mentions = addPanel(mentions_, QT_TR_NOOP("Mentions"),
                                     QStringLiteral("mentionsDock"), Qt::RightDockWidgetArea);
    QDockWidget* quotes = addPanel(quotes_, QT_TR_NOOP("Quotations"), QStringLiteral("quotesDock"),
                                   Qt::BottomDockWidgetArea);
    splitDockWidget(actors, sources, Qt::Vertical);
    // The window must fit 800 px (a laptop beside another window) in every language: the
    // article's column (at least 370 px, find bar included) and the two side panels, whose
    // own minimums (ActorsPanel, MentionsPanel) are chosen for it.
    resizeDocks({actors, mentions}, {300, 320}, Qt::Horizontal);
    resizeDocks({actors, sources}, {420, 220}, Qt::Vertical);
    resizeDocks({quotes}, {170}, Qt::Vertical);
    // Alt+1..4 put the keyboard focus in a panel (showing it first).
    const QList<QDockWidget*> docks = {actors, mentions, quotes, sources};
    for (int i = 0; i < docks.size(); ++i) {
        QDockWidget* dock = docks[i];
        auto* focus = new QAction(this);
        goToActions_.emplace_back(focus, dock);
        focus->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(focus, &QAction::triggered, this, [dock] {
            dock->show();
            dock->raise();
            dock->widget()->setFocus(Qt::ShortcutFocusReason);
        });
        addAction(focus);
        panelsMenu_->addAction(focus);
    }
}

void MainWindow::restoreSettings() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    for (HighlightKind kind : kAllHighlightKinds)
        kindActions_.at(kind)->setChecked(
            settings.value(QStringLiteral("view/kinds/") + HighlightStyle::key(kind), true)
                .toBool());
    serifAction_->setChecked(settings.value(QStringLiteral("view/serif"), true).toBool());
    view_->setZoom(settings.value(QStringLiteral("view/zoom"), 0).toInt());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!problems_->confirmDiscard()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    QMainWindow::closeEvent(event);
}

bool MainWindow::isBusy() const {
    return progress_->isBusy();
}

void MainWindow::cancelAnalysis() {
    progress_->cancel();
}

QString MainWindow::statusText() const {
    return selectionLabel_->text();
}

void MainWindow::openFile(const QString& path) {
    fetcher_->cancel(); // the latest request wins, as between two files
    runner_->analyzeFile(QFileInfo(path).absoluteFilePath());
}

void MainWindow::openAddress(const QUrl& url) {
    fetcher_->fetch(url);
}

void MainWindow::openSample() {
    QFile sample(QStringLiteral(":/samples/sample_fr.txt"));
    if (!sample.open(QIODevice::ReadOnly)) {
        reportError(sample.fileName(), tr("the bundled sample is missing"), sample.errorString());
        return;
    }
    runner_->analyzeBytes(sample.readAll(), QStringLiteral("sample_fr.txt"));
}

void MainWindow::showDocument(whosaid::Document document, const QString& label) {
    loadWarnings_->setWarnings(document.warnings, label);
    showArticle(corrections_->open(std::make_shared<const Article>(std::move(document)), {}),
                label);
}

void MainWindow::startReview() {
    if (article_)
        review_->start(article_);
}

void MainWindow::showArticle(std::shared_ptr<const Article> article, const QString& label) {
    article_ = std::move(article);
    label_ = label;
    selection_->setArticle(article_);
    view_->setArticle(article_);
    actors_->setArticle(article_);
    quotes_->setArticle(article_);
    sources_->setArticle(article_);
    mentions_->setEntity(article_, -1);
    review_->setArticle(article_);
    if (findBar_->isVisible())
        findBar_->setResult(-1, view_->setSearch(findBar_->text()));
    updateTitle();
    setWindowFilePath(QFileInfo(label).isAbsolute() ? label : QString());
    selection_->updateStatus();
    emit articleShown();
}

void MainWindow::reportError(const QString& label, const QString& reason, const QString& detail) {
    // A web address is named whole: its last segment may be empty or say nothing.
    const QString name =
        label.contains(QStringLiteral("://")) ? label : QFileInfo(label).fileName();
    lastError_ = tr("Cannot open “%1”: %2.").arg(name, reason);
    statusBar()->showMessage(lastError_, 10000);
    emit errorOccurred(lastError_);
    // Non-blocking (open(), not exec()), so the window and the tests keep running.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open file"), lastError_,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setInformativeText(label);
    box->setDetailedText(detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

int MainWindow::selectedEntity() const {
    return selection_->entity();
}

int MainWindow::currentMention() const {
    return selection_->mention();
}

void MainWindow::selectEntity(int entity, int mention) {
    selection_->select(entity, mention);
}

void MainWindow::nextMention() {
    selection_->next();
}

void MainWindow::previousMention() {
    selection_->previous();
}

void MainWindow::clearSelection() {
    selection_->clear();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        openFile(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}
