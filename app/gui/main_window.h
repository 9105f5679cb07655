#pragma once

#include "highlight_kind.h"

#include <QMainWindow>
#include <QUrl>
#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace whosaid {
struct Document;
}
class ActorSelection;
class ActorsPanel;
class AliasStore;
class AnalysisRunner;
class Article;
class CorrectionsController;
class FileProblemBar;
class FindBar;
class LoadWarningBar;
class MentionsPanel;
class OpeningProgress;
class PageFetcher;
class QDockWidget;
class QLabel;
class QMenu;
class QPoint;
class QuotesPanel;
class ReadingView;
class RecentFiles;
class ReviewBar;
class SourcesPanel;

// The reader window: the article in the centre with its highlight legend and find bar,
// docks for actors, mentions, quotations and sources, and the File/Edit/View/Help menus.
// Opening runs the analysis off the GUI thread; the article on screen stays until a new
// one is ready, and a failure is reported by errorOccurred and a non-blocking message box.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts analysing a file; articleShown or errorOccurred follows.
    void openFile(const QString& path);
    // Starts fetching a web page (http, https), then analysing it; articleShown or
    // errorOccurred follows. The Cancel button stops it.
    void openAddress(const QUrl& url);
    // Starts analysing the bundled French sample article.
    void openSample();
    // Shows an already analysed document at once (label names it in the title bar).
    void showDocument(whosaid::Document document, const QString& label);

    // Selects an actor (-1 clears) and moves to one of its mentions (-1: none).
    void selectEntity(int entity, int mention);
    int selectedEntity() const;
    int currentMention() const;
    void nextMention();
    void previousMention();
    void clearSelection();

    std::shared_ptr<const Article> article() const { return article_; }
    ReadingView* readingView() const { return view_; }
    ActorsPanel* actorsPanel() const { return actors_; }
    MentionsPanel* mentionsPanel() const { return mentions_; }
    QuotesPanel* quotesPanel() const { return quotes_; }
    SourcesPanel* sourcesPanel() const { return sources_; }
    FindBar* findBar() const { return findBar_; }
    RecentFiles* recentFiles() const { return recent_; }
    CorrectionsController* corrections() const { return corrections_; }
    // Review mode (Edit › Review Attributions): the bar above the article.
    ReviewBar* reviewBar() const { return review_; }
    // Enters review mode on the article shown.
    void startReview();
    AliasStore* aliasStore() const { return aliases_; }
    // The bar telling that the corrections or the alias list cannot be read or saved.
    FileProblemBar* fileProblemBar() const { return problems_; }
    // The bar telling what went wrong while reading the article shown (bad UTF-8 bytes).
    LoadWarningBar* loadWarningBar() const { return loadWarnings_; }
    PageFetcher* pageFetcher() const { return fetcher_; }
    QAction* undoAction() const { return undoAction_; }
    QAction* redoAction() const { return redoAction_; }
    QAction* kindAction(HighlightKind kind) const { return kindActions_.at(kind); }
    // True while an analysis runs.
    bool isBusy() const;
    // Stops opening the article being analysed (the Cancel button beside the progress bar):
    // the article shown stays.
    void cancelAnalysis();
    // The status bar's permanent message (selection summary).
    QString statusText() const;
    // The last error reported, empty when none.
    QString lastError() const { return lastError_; }

signals:
    void articleShown();
    void errorOccurred(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    // Retranslates on QEvent::LanguageChange (see Language).
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    // A command whose text is a MainWindow source string, kept to retranslate it.
    QAction* addCommand(QMenu* menu, const char* text, const QKeySequence& shortcut);
    // A menu of the menu bar (parent null) or a submenu, its title kept likewise.
    QMenu* addMenu(QMenu* parent, const char* title);
    void createLanguageMenu(QMenu* menu);
    // Sets every text the window shows in the current language.
    void retranslateUi();
    void updateTitle();
    void createDocks();
    void restoreSettings();
    void showArticle(std::shared_ptr<const Article> article, const QString& label);
    // Shows the article again after a correction, keeping the selected mention if it remains.
    void showCorrected(std::shared_ptr<const Article> article);
    // The Undo/Redo commands and the context menus of the text and the panels
    // (main_window_corrections.cpp).
    void createCorrectionActions(QMenu* edit);
    void showTextMenu(const QPoint& pos);
    void showActorsMenu(const QPoint& pos);
    void showMentionsMenu(const QPoint& pos);
    void showQuotesMenu(const QPoint& pos);
    // Adds the corrections of an actor (mention -1: no mention-level commands).
    void addActorCommands(QMenu* menu, int entity, int mention);
    void addQuoteCommands(QMenu* menu, int quote);
    void chooseSpeaker(int quote);
    // The commands on a text selection [start, end) and on a quotation's sources, the alias
    // list (main_window_corrections_add.cpp).
    void addSelectionCommands(QMenu* menu, int start, int end);
    void addSourceCommands(QMenu* menu, int quote);
    void chooseMentionActor(int start, int end);
    void chooseNewQuote(int start, int end);
    void chooseSource(int quote);
    // Opens the alias editor, with a new group of these names when given.
    void editAliases(const QStringList& newGroup);
    void loadAliases();
    void chooseMergeTarget(int entity);
    void askNewName(int entity);
    void reportCorrectionError(const QString& message);
    void reportError(const QString& label, const QString& reason, const QString& detail);
    void fillRecentMenu();
    void newFromClipboard();
    // File › Open Address…: asks for a web address and opens it.
    void askAddress();
    void reload();
    void exportJson();
    void exportHtml();
    void print();
    void printPreview();
    void exportPdf();
    bool saveText(const QString& caption, const QString& filter, const QString& suffix,
                  const std::string& contents);
    void setZoom(int steps);
    QDockWidget* addPanel(QWidget* panel, const char* title, const QString& objectName,
                          Qt::DockWidgetArea area);

    ReadingView* view_;
    FindBar* findBar_;
    ActorsPanel* actors_;
    MentionsPanel* mentions_;
    QuotesPanel* quotes_;
    SourcesPanel* sources_;
    AnalysisRunner* runner_;
    PageFetcher* fetcher_;
    RecentFiles* recent_;
    CorrectionsController* corrections_;
    AliasStore* aliases_;
    FileProblemBar* problems_;
    LoadWarningBar* loadWarnings_;
    ReviewBar* review_;
    QAction* undoAction_ = nullptr;
    QAction* redoAction_ = nullptr;
    QLabel* selectionLabel_;
    OpeningProgress* progress_ = nullptr;
    std::unique_ptr<ActorSelection> selection_;
    QMenu* recentMenu_ = nullptr;
    QMenu* panelsMenu_ = nullptr;
    std::map<HighlightKind, QAction*> kindActions_;
    QAction* serifAction_ = nullptr;
    QMenu* languageMenu_ = nullptr;
    // What retranslateUi() sets again: source strings of the MainWindow context.
    std::vector<std::pair<QAction*, const char*>> translatedActions_;
    std::vector<std::pair<QDockWidget*, const char*>> docks_;
    // The Alt+1..4 actions, each naming its dock.
    std::vector<std::pair<QAction*, QDockWidget*>> goToActions_;
    std::shared_ptr<const Article> article_;
    QString currentPath_;
    QUrl currentAddress_; // the web page shown, reloaded by Reload; empty for a file
    QString label_;       // what showArticle named the article shown
    QString lastError_;
};
