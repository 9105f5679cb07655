// The language of MainWindow: the Language menu and retranslateUi(), kept apart from the
// wiring (main_window.cpp) and the commands (main_window_commands.cpp).
#include "actor_selection.h"
#include "article.h"
#include "highlight_style.h"
#include "language.h"
#include "main_window.h"
#include "opening_progress.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>

void MainWindow::createLanguageMenu(QMenu* menu) {
    languageMenu_ = menu;
    auto* group = new QActionGroup(menu);
    Language* language = Language::instance();
    for (const QString& code : Language::choices()) {
        QAction* action = menu->addAction(Language::nativeName(code));
        action->setCheckable(true);
        action->setChecked(code == language->current());
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [code] { Language::instance()->choose(code); });
        if (code.isEmpty())
            menu->addSeparator();
    }
    // Another window (or a test) may switch the language: keep the check marks in step.
    connect(language, &Language::changed, menu, [menu](const QString& code) {
        for (QAction* action : menu->actions())
            if (action->isCheckable())
                action->setChecked(action->data().toString() == code);
    });
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi() {
    // Widgets copy the default QLocale when created: give them the language's, so that
    // the panels' counts are written as the language writes numbers.
    setLocale(QLocale());
    for (const auto& [action, text] : translatedActions_)
        action->setText(tr(text));
    // Screen readers announce each menu by its name.
    for (QAction* action : menuBar()->actions())
        action->menu()->setAccessibleName(action->text().remove(QLatin1Char('&')));
    for (const auto& [dock, title] : docks_) {
        dock->setWindowTitle(tr(title));
        dock->setAccessibleName(dock->windowTitle());
    }
    for (const auto& [action, dock] : goToActions_)
        action->setText(tr("Go to %1").arg(dock->windowTitle()));
    for (const auto& [kind, action] : kindActions_) {
        action->setText(HighlightStyle::name(kind));
        action->setToolTip(tr("%1: %2").arg(HighlightStyle::name(kind), HighlightStyle::cue(kind)));
    }
    for (QAction* action : languageMenu_->actions())
        if (action->isCheckable() && action->data().toString().isEmpty())
            action->setText(Language::nativeName({}));
    progress_->retranslate();
    selectionLabel_->setAccessibleName(tr("Selection"));
    updateTitle();
    selection_->updateStatus();
}

void MainWindow::updateTitle() {
    const QString title = article_ ? article_->title() : QString();
    setWindowTitle(title.isEmpty() ? tr("whosaid") : tr("%1 — whosaid").arg(title));
}
