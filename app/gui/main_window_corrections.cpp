// The correction commands of MainWindow: Undo/Redo and the context menus of the text and
// the panels. The changes themselves are made by CorrectionsController.
#include "actor_list.h"
#include "actor_selection.h"
#include "actors_panel.h"
#include "article.h"
#include "corrections_controller.h"
#include "highlight_style.h"
#include "main_window.h"
#include "mentions_panel.h"
#include "model_roles.h"
#include "quotes_panel.h"
#include "reading_view.h"
#include "speaker_dialog.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>
#include <optional>

void MainWindow::createCorrectionActions(QMenu* edit) {
    QUndoStack* stack = corrections_->undoStack();
    undoAction_ = addCommand(edit, QT_TR_NOOP("&Undo"), QKeySequence::Undo);
    redoAction_ =
        addCommand(edit, QT_TR_NOOP("&Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    undoAction_->setEnabled(false);
    redoAction_->setEnabled(false);
    connect(undoAction_, &QAction::triggered, stack, &QUndoStack::undo);
    connect(redoAction_, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, undoAction_, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redoAction_, &QAction::setEnabled);
    // The command names are shown as tooltips, the menu texts staying translatable.
    connect(stack, &QUndoStack::undoTextChanged, undoAction_, &QAction::setToolTip);
    connect(stack, &QUndoStack::redoTextChanged, redoAction_, &QAction::setToolTip);
    edit->addSeparator();
    connect(addCommand(edit, QT_TR_NOOP("My &Aliases…"), {}), &QAction::triggered, this,
            [this] { editAliases({}); });
    connect(addCommand(edit, QT_TR_NOOP("Re&view Attributions"), QKeySequence(tr("Ctrl+Shift+R"))),
            &QAction::triggered, this, &MainWindow::startReview);

    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view_, &QWidget::customContextMenuRequested, this, &MainWindow::showTextMenu);
    actors_->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(actors_->view(), &QWidget::customContextMenuRequested, this,
            &MainWindow::showActorsMenu);
    mentions_->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(mentions_->view(), &QWidget::customContextMenuRequested, this,
            &MainWindow::showMentionsMenu);
    quotes_->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(quotes_->view(), &QWidget::customContextMenuRequested, this,
            &MainWindow::showQuotesMenu);
}

void MainWindow::reportCorrectionError(const QString& message) {
    lastError_ = message;
    statusBar()->showMessage(message, 10000);
    emit errorOccurred(message);
}

void MainWindow::showCorrected(std::shared_ptr<const Article> article) {
    // The mention or the quotation selected is found again by its span: ids and indices
    // change with the corrections.
    const std::optional<whosaid::Span> kept = selection_->mentionSpan();
    std::optional<whosaid::Span> keptQuote;
    if (article_ && view_->selectedQuote() >= 0)
        keptQuote = article_->quote(view_->selectedQuote()).span;
    const int scroll = view_->verticalScrollBar()->value();
    showArticle(std::move(article), label_);
    view_->verticalScrollBar()->setValue(scroll);
    if (keptQuote)
        for (int q = 0; q < article_->quoteCount(); ++q)
            if (article_->quote(q).span == *keptQuote) {
                view_->setSelectedQuote(q);
                view_->verticalScrollBar()->setValue(scroll);
                quotes_->showQuote(q);
                return;
            }
    if (kept)
        selection_->reselect(*kept);
}

void MainWindow::showTextMenu(const QPoint& pos) {
    std::unique_ptr<QMenu> menu(view_->createStandardContextMenu());
    // The article has no links: Qt's "Copy Link Location" would only ever be disabled.
    for (QAction* action : menu->actions())
        if (action->objectName() == QLatin1String("link-copy"))
            menu->removeAction(action);
    // The reasons a selection cannot be added are given as tooltips of disabled commands.
    menu->setToolTipsVisible(true);
    const QTextCursor selection = view_->textCursor();
    if (article_ && selection.hasSelection()) {
        menu->addSeparator();
        addSelectionCommands(menu.get(), selection.selectionStart(), selection.selectionEnd());
    }
    const int position = article_ ? view_->positionAt(pos) : -1;
    int entity = -1;
    int quote = -1;
    if (position >= 0) {
        for (const whosaid::IndexedSpan& hit : article_->index().at(position)) {
            if (hit.role == whosaid::SpanRole::Quote && quote < 0)
                quote = hit.owner;
            else if (hit.role != whosaid::SpanRole::Quote && hit.role != whosaid::SpanRole::Cue &&
                     entity < 0)
                entity = hit.owner;
        }
    }
    if (entity >= 0) {
        int mention = -1;
        const auto& mentions = article_->entity(entity).mentions;
        for (size_t i = 0; i < mentions.size(); ++i)
            if (mentions[i].span.contains(position))
                mention = static_cast<int>(i);
        menu->addSeparator();
        addActorCommands(menu.get(), entity, mention);
    }
    if (quote >= 0) {
        menu->addSeparator();
        addQuoteCommands(menu.get(), quote);
    }
    menu->exec(view_->viewport()->mapToGlobal(pos));
}

void MainWindow::showActorsMenu(const QPoint& pos) {
    QTreeView* tree = actors_->view();
    const int entity = tree->indexAt(pos).data(ModelRoles::Entity).toInt();
    if (!article_ || !tree->indexAt(pos).isValid() || entity < 0)
        return;
    QMenu menu;
    addActorCommands(&menu, entity, -1);
    menu.exec(tree->viewport()->mapToGlobal(pos));
}

void MainWindow::showMentionsMenu(const QPoint& pos) {
    QTreeView* tree = mentions_->view();
    const QModelIndex index = tree->indexAt(pos);
    if (!article_ || !index.isValid() || selectedEntity() < 0)
        return;
    QMenu menu;
    addActorCommands(&menu, selectedEntity(), index.data(ModelRoles::Mention).toInt());
    menu.exec(tree->viewport()->mapToGlobal(pos));
}

void MainWindow::showQuotesMenu(const QPoint& pos) {
    QTableView* table = quotes_->view();
    const QModelIndex index = table->indexAt(pos);
    if (!article_ || !index.isValid())
        return;
    QMenu menu;
    addQuoteCommands(&menu, index.data(ModelRoles::Quote).toInt());
    menu.exec(table->viewport()->mapToGlobal(pos));
}

void MainWindow::addActorCommands(QMenu* menu, int entity, int mention) {
    connect(menu->addAction(tr("Rename Actor…")), &QAction::triggered, this,
            [this, entity] { askNewName(entity); });
    QMenu* kinds = menu->addMenu(tr("Change Kind"));
    for (whosaid::EntityKind kind : {whosaid::EntityKind::Person, whosaid::EntityKind::Organization,
                                     whosaid::EntityKind::Place, whosaid::EntityKind::Media}) {
        QAction* action = kinds->addAction(HighlightStyle::entityKindTitle(kind));
        action->setCheckable(true);
        action->setChecked(article_->entity(entity).kind == kind);
        connect(action, &QAction::triggered, this,
                [this, entity, kind] { corrections_->changeActorKind(entity, kind); });
    }
    QAction* merge = menu->addAction(tr("Merge Into…"));
    merge->setEnabled(article_->entityCount() > 1);
    connect(merge, &QAction::triggered, this, [this, entity] { chooseMergeTarget(entity); });
    // A merge leaves the merged name as an alias: the group is ready for every article.
    connect(menu->addAction(tr("Add to My Aliases…")), &QAction::triggered, this, [this, entity] {
        QStringList names{article_->entityName(entity)};
        for (const std::u16string& alias : article_->entity(entity).aliases)
            names << QString::fromStdU16String(alias);
        editAliases(names);
    });
    if (mention < 0)
        return;
    connect(menu->addAction(tr("Remove This Mention")), &QAction::triggered, this,
            [this, entity, mention] { corrections_->removeMention(entity, mention); });
    QAction* split = menu->addAction(tr("Split This Mention Off"));
    split->setEnabled(article_->mentionCount(entity) > 1);
    connect(split, &QAction::triggered, this,
            [this, entity, mention] { corrections_->splitMention(entity, mention); });
}

void MainWindow::addQuoteCommands(QMenu* menu, int quote) {
    connect(menu->addAction(tr("Reassign Speaker…")), &QAction::triggered, this,
            [this, quote] { chooseSpeaker(quote); });
    connect(menu->addAction(tr("Not a Quotation")), &QAction::triggered, this,
            [this, quote] { corrections_->notAQuote(quote); });
    addSourceCommands(menu, quote);
}

void MainWindow::chooseSpeaker(int quote) {
    const whosaid::Quote& words = article_->quote(quote);
    SpeakerDialog dialog(*article_, article_->slice(words.span), article_->speakerEntity(quote),
                         false, words.span.start, this);
    dialog.setWindowTitle(tr("Reassign Speaker"));
    const auto& speaker = article_->quote(quote).speaker;
    if (speaker && speaker->anonymous) {
        dialog.setChoice(SpeakerDialog::Choice::Anonymous);
        dialog.descriptionField()->setText(QString::fromStdU16String(speaker->description));
    } else if (!speaker) {
        dialog.setChoice(SpeakerDialog::Choice::Unknown);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    switch (dialog.choice()) {
    case SpeakerDialog::Choice::Actor:
        corrections_->reassignSpeaker(quote, dialog.entity());
        break;
    case SpeakerDialog::Choice::Anonymous:
        corrections_->makeSpeakerAnonymous(quote, dialog.description());
        break;
    case SpeakerDialog::Choice::Unknown:
        corrections_->reassignSpeaker(quote, -1);
        break;
    }
}

void MainWindow::chooseMergeTarget(int entity) {
    std::vector<int> targets;
    for (int e = 0; e < article_->entityCount(); ++e)
        if (e != entity)
            targets.push_back(e);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Merge Actors"));
    auto* prompt =
        new QLabel(tr("Merge “%1” into which actor?").arg(article_->entityName(entity)), &dialog);
    prompt->setWordWrap(true);
    auto* list = new ActorList(*article_, targets, -1, &dialog);
    // The most likely target shares a word with the merged name: start the search there.
    list->setFilter(article_->entityName(entity).section(QLatin1Char(' '), -1));
    if (list->visibleCount() == 0)
        list->setFilter({});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(list, &ActorList::activated, &dialog, &QDialog::accept);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(prompt);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted && list->currentEntity() >= 0)
        corrections_->mergeActors(list->currentEntity(), entity);
}

void MainWindow::askNewName(int entity) {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename Actor"), tr("New name:"), QLineEdit::Normal,
                              article_->entityName(entity), &ok);
    if (ok)
        corrections_->renameActor(entity, name);
}
