// The menu commands of MainWindow, kept apart from its wiring in main_window.cpp so that
// each file stays short.
#include "analysis_runner.h"
#include "article.h"
#include "file_problem_bar.h"
#include "find_bar.h"
#include "help_texts.h"
#include "highlight_style.h"
#include "main_window.h"
#include "page_fetcher.h"
#include "printed_article.h"
#include "reading_view.h"
#include "recent_files.h"
#include "whosaid/html_writer.h"
#include "whosaid/json_writer.h"
#include "whosaid/version.h"

#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>

QAction* MainWindow::addCommand(QMenu* menu, const char* text, const QKeySequence& shortcut) {
    QAction* action = menu->addAction(tr(text));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    translatedActions_.emplace_back(action, text);
    return action;
}

QMenu* MainWindow::addMenu(QMenu* parent, const char* title) {
    QMenu* menu = parent ? parent->addMenu(tr(title)) : menuBar()->addMenu(tr(title));
    translatedActions_.emplace_back(menu->menuAction(), title);
    return menu;
}

void MainWindow::createActions() {
    QMenu* file = addMenu(nullptr, QT_TR_NOOP("&File"));
    connect(
        addCommand(file, QT_TR_NOOP("&Open…"), QKeySequence::Open), &QAction::triggered, this,
        [this] {
            const QString path = QFileDialog::getOpenFileName(
                this, tr("Open an article"), QFileInfo(currentPath_).absolutePath(),
                tr("Articles (*.txt *.html *.htm *.md *.pdf *.docx *.odt *.eml);;All files (*)"));
            if (!path.isEmpty())
                openFile(path);
        });
    connect(addCommand(file, QT_TR_NOOP("Open &Address…"), QKeySequence(tr("Ctrl+L"))),
            &QAction::triggered, this, &MainWindow::askAddress);
    recentMenu_ = addMenu(file, QT_TR_NOOP("Open &Recent"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(addCommand(file, QT_TR_NOOP("New from &Clipboard"), QKeySequence(tr("Ctrl+Shift+V"))),
            &QAction::triggered, this, &MainWindow::newFromClipboard);
    connect(addCommand(file, QT_TR_NOOP("Open the &Sample Article"), {}), &QAction::triggered, this,
            &MainWindow::openSample);
    connect(addCommand(file, QT_TR_NOOP("Re&load"), QKeySequence::Refresh), &QAction::triggered,
            this, &MainWindow::reload);
    connect(addCommand(file, QT_TR_NOOP("Save Corrections &As…"), {}), &QAction::triggered, this,
            [this] { problems_->saveCorrectionsAs(); });
    file->addSeparator();
    connect(addCommand(file, QT_TR_NOOP("Export &JSON…"), QKeySequence(tr("Ctrl+Shift+J"))),
            &QAction::triggered, this, &MainWindow::exportJson);
    connect(
        addCommand(file, QT_TR_NOOP("Export Annotated &HTML…"), QKeySequence(tr("Ctrl+Shift+H"))),
        &QAction::triggered, this, &MainWindow::exportHtml);
    connect(addCommand(file, QT_TR_NOOP("Export &PDF…"), QKeySequence(tr("Ctrl+Shift+P"))),
            &QAction::triggered, this, &MainWindow::exportPdf);
    connect(addCommand(file, QT_TR_NOOP("Print Pre&view…"), {}), &QAction::triggered, this,
            &MainWindow::printPreview);
    connect(addCommand(file, QT_TR_NOOP("&Print…"), QKeySequence::Print), &QAction::triggered, this,
            &MainWindow::print);
    file->addSeparator();
    QAction* quit = addCommand(file, QT_TR_NOOP("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* edit = addMenu(nullptr, QT_TR_NOOP("&Edit"));
    createCorrectionActions(edit);
    edit->addSeparator();
    connect(addCommand(edit, QT_TR_NOOP("&Copy"), QKeySequence::Copy), &QAction::triggered, view_,
            &QTextEdit::copy);
    connect(addCommand(edit, QT_TR_NOOP("Select &All"), QKeySequence::SelectAll),
            &QAction::triggered, view_, &QTextEdit::selectAll);
    edit->addSeparator();
    connect(addCommand(edit, QT_TR_NOOP("&Find…"), QKeySequence::Find), &QAction::triggered,
            findBar_, &FindBar::activate);
    connect(addCommand(edit, QT_TR_NOOP("Find &Next"), QKeySequence(tr("Ctrl+G"))),
            &QAction::triggered, findBar_, &FindBar::next);
    connect(addCommand(edit, QT_TR_NOOP("Find Pre&vious"), QKeySequence(tr("Ctrl+Shift+G"))),
            &QAction::triggered, findBar_, &FindBar::previous);
    edit->addSeparator();
    connect(addCommand(edit, QT_TR_NOOP("Next &Mention"), QKeySequence(Qt::Key_F3)),
            &QAction::triggered, this, &MainWindow::nextMention);
    connect(addCommand(edit, QT_TR_NOOP("Previous M&ention"), QKeySequence(Qt::SHIFT | Qt::Key_F3)),
            &QAction::triggered, this, &MainWindow::previousMention);
    // Esc is a window shortcut, so it reaches the find bar through here: it closes the
    // bar when the focus is in it, and clears the selection anywhere else.
    connect(addCommand(edit, QT_TR_NOOP("C&lear Selection"), QKeySequence(Qt::Key_Escape)),
            &QAction::triggered, this, [this] {
                if (findBar_->isVisible() && findBar_->isAncestorOf(QApplication::focusWidget()))
                    findBar_->dismiss();
                else
                    clearSelection();
            });

    QMenu* viewMenu = addMenu(nullptr, QT_TR_NOOP("&View"));
    QMenu* kinds = addMenu(viewMenu, QT_TR_NOOP("&Highlights"));
    for (HighlightKind kind : kAllHighlightKinds) {
        QAction* action = kinds->addAction(QString());
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this, [this, kind](bool on) {
            view_->setKindVisible(kind, on);
            QSettings().setValue(QStringLiteral("view/kinds/") + HighlightStyle::key(kind), on);
        });
        kindActions_[kind] = action;
    }
    viewMenu->addSeparator();
    QAction* zoomIn = addCommand(viewMenu, QT_TR_NOOP("Zoom &In"), {});
    // Ctrl++ too, for keyboards where = needs Shift.
    zoomIn->setShortcuts({QKeySequence(tr("Ctrl+=")), QKeySequence(QKeySequence::ZoomIn)});
    connect(zoomIn, &QAction::triggered, this, [this] { setZoom(view_->zoom() + 1); });
    connect(addCommand(viewMenu, QT_TR_NOOP("Zoom &Out"), QKeySequence(tr("Ctrl+-"))),
            &QAction::triggered, this, [this] { setZoom(view_->zoom() - 1); });
    connect(addCommand(viewMenu, QT_TR_NOOP("&Reset Zoom"), QKeySequence(tr("Ctrl+0"))),
            &QAction::triggered, this, [this] { setZoom(0); });
    serifAction_ = addCommand(viewMenu, QT_TR_NOOP("&Serif Font"), {});
    serifAction_->setCheckable(true);
    serifAction_->setChecked(true);
    connect(serifAction_, &QAction::toggled, this, [this](bool serif) {
        view_->setSerif(serif);
        QSettings().setValue(QStringLiteral("view/serif"), serif);
    });
    viewMenu->addSeparator();
    panelsMenu_ = addMenu(viewMenu, QT_TR_NOOP("&Panels"));
    createLanguageMenu(addMenu(viewMenu, QT_TR_NOOP("&Language")));
    QAction* fullScreen =
        addCommand(viewMenu, QT_TR_NOOP("&Full Screen"), QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });

    QMenu* help = addMenu(nullptr, QT_TR_NOOP("&Help"));
    connect(addCommand(help, QT_TR_NOOP("How to Read the &Highlights"), QKeySequence::HelpContents),
            &QAction::triggered, this, [this] {
                auto* box = new QMessageBox(
                    QMessageBox::NoIcon, tr("How to read the highlights"),
                    HelpTexts::highlights(palette().color(QPalette::Base).lightness() < 128),
                    QMessageBox::Close, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
    QAction* about = addCommand(help, QT_TR_NOOP("&About whosaid"), {});
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this,
            [this] { QMessageBox::about(this, tr("About whosaid"), HelpTexts::about()); });
}

void MainWindow::fillRecentMenu() {
    recentMenu_->clear();
    const QStringList files = recent_->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction* action = recentMenu_->addAction(
            tr("&%1 %2").arg(i + 1 < 10 ? QString::number(i + 1) : QStringLiteral("1&0"),
                             QFileInfo(path).fileName()));
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty())
        recentMenu_->addAction(tr("No recent files"))->setEnabled(false);
    recentMenu_->addSeparator();
    connect(recentMenu_->addAction(tr("&Clear the List")), &QAction::triggered, recent_,
            &RecentFiles::clear);
}

void MainWindow::newFromClipboard() {
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no text."), 5000);
        return;
    }
    currentPath_.clear();
    runner_->analyzeBytes(text.toUtf8(), tr("clipboard.txt"));
}

void MainWindow::reload() {
    if (!currentAddress_.isEmpty())
        openAddress(currentAddress_);
    else if (!currentPath_.isEmpty())
        openFile(currentPath_);
}

void MainWindow::askAddress() {
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Open Address"), tr("Web address of the article:"), QLineEdit::Normal, {}, &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const QUrl url = PageFetcher::addressFromInput(text);
    if (url.isValid())
        openAddress(url);
    else
        reportError(text.trimmed(), tr("it is not a web address (http or https)"), {});
}

bool MainWindow::saveText(const QString& caption, const QString& filter, const QString& suffix,
                          const std::string& contents) {
    const QString base = currentPath_.isEmpty()
                             ? QDir::homePath() + QStringLiteral("/article")
                             : QFileInfo(currentPath_).path() + QLatin1Char('/') +
                                   QFileInfo(currentPath_).completeBaseName();
    const QString path =
        QFileDialog::getSaveFileName(this, caption, base + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty())
        return false;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(contents.data(), static_cast<qint64>(contents.size())) < 0 || !out.commit()) {
        reportError(path, tr("it cannot be written"), out.errorString());
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::exportJson() {
    if (!article_)
        return;
    whosaid::JsonOptions options;
    options.pretty = true;
    options.generator = std::string("whosaid ") + whosaid::version();
    saveText(tr("Export JSON"), tr("JSON (*.json)"), QStringLiteral("json"),
             whosaid::write_json(article_->document(), options));
}

void MainWindow::exportHtml() {
    if (!article_)
        return;
    whosaid::HtmlOptions options;
    options.generator = std::string("whosaid ") + whosaid::version();
    options.date = QDate::currentDate().toString(Qt::ISODate).toStdString();
    saveText(tr("Export Annotated HTML"), tr("HTML (*.html)"), QStringLiteral("html"),
             whosaid::write_html(article_->document(), options));
}

void MainWindow::print() {
    if (!article_)
        return;
    const PrintedArticle printed(*article_, QDate::currentDate().toString(Qt::ISODate));
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printed.print(&printer);
}

void MainWindow::printPreview() {
    if (!article_)
        return;
    const PrintedArticle printed(*article_, QDate::currentDate().toString(Qt::ISODate));
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&printed](QPrinter* target) { printed.print(target); });
    dialog.exec();
}

void MainWindow::exportPdf() {
    if (!article_)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), PrintedArticle::proposedPdfPath(currentPath_), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const PrintedArticle printed(*article_, QDate::currentDate().toString(Qt::ISODate));
    QString error;
    if (!printed.writePdf(path, &error)) {
        reportError(path, tr("it cannot be written"), error);
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::setZoom(int steps) {
    view_->setZoom(steps);
    QSettings().setValue(QStringLiteral("view/zoom"), view_->zoom());
}
