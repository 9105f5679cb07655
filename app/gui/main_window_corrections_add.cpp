// The corrections of MainWindow that add to the analysis (a mention, a quotation, a source)
// and the alias list; the changes themselves are made by CorrectionsController.
#include "actor_list.h"
#include "actor_picker_dialog.h"
#include "alias_editor.h"
#include "alias_store.h"
#include "article.h"
#include "corrections_controller.h"
#include "main_window.h"
#include "reading_view.h"
#include "selected_text.h"
#include "speaker_dialog.h"
#include "whosaid/corrections.h"

#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <numeric>

namespace {

// An action that is disabled, with the reason as its tooltip, when problem is not empty.
void explain(QAction* action, const QString& problem) {
    action->setEnabled(problem.isEmpty());
    action->setToolTip(problem);
}

} // namespace

void MainWindow::addSelectionCommands(QMenu* menu, int start, int end) {
    const SelectedText selected(*article_, start, end);
    QAction* mention = menu->addAction(tr("Add as Mention of…"));
    explain(mention, selected.mentionProblem());
    connect(mention, &QAction::triggered, this,
            [this, start, end] { chooseMentionActor(start, end); });
    QAction* quote = menu->addAction(tr("Add as Quotation…"));
    explain(quote, selected.quoteProblem());
    connect(quote, &QAction::triggered, this, [this, start, end] { chooseNewQuote(start, end); });
}

void MainWindow::addSourceCommands(QMenu* menu, int quote) {
    connect(menu->addAction(tr("Add Source…")), &QAction::triggered, this,
            [this, quote] { chooseSource(quote); });
    QMenu* remove = menu->addMenu(tr("Remove Source"));
    const QStringList names = article_->sourceNames(quote);
    remove->setEnabled(!names.isEmpty());
    for (int i = 0; i < names.size(); ++i)
        connect(remove->addAction(names[i]), &QAction::triggered, this,
                [this, quote, i] { corrections_->removeSource(quote, i); });
}

void MainWindow::chooseMentionActor(int start, int end) {
    const whosaid::Span span = SelectedText(*article_, start, end).mentionSpan();
    const QString text = article_->slice(span).simplified();
    std::vector<int> entities(static_cast<size_t>(article_->entityCount()));
    std::iota(entities.begin(), entities.end(), 0);
    ActorPickerDialog dialog(*article_, entities, tr("A new actor:"), text, true,
                             whosaid::EntityKind::Person, this);
    dialog.setWindowTitle(tr("Add as Mention"));
    dialog.setPrompt(tr("“%1” is a mention of:").arg(text));
    // "Dupont" most often names an actor already found ("Jean Dupont"): offer it first.
    dialog.actorList()->setFilter(text);
    if (dialog.actorList()->visibleCount() == 0)
        dialog.actorList()->setFilter({});
    dialog.setNewActor(dialog.actorList()->currentEntity() < 0 ||
                       dialog.actorList()->searchField()->text().isEmpty());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.isNewActor())
        corrections_->addMentionOfNewActor(span, dialog.newName(), dialog.newKind());
    else
        corrections_->addMention(span, dialog.entity());
}

void MainWindow::chooseNewQuote(int start, int end) {
    const whosaid::Span span = SelectedText(*article_, start, end).quoteSpan();
    SpeakerDialog dialog(*article_, article_->slice(span), -1, true, span.start, this);
    dialog.setWindowTitle(tr("Add as Quotation"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    switch (dialog.choice()) {
    case SpeakerDialog::Choice::Actor:
        corrections_->addQuote(span, dialog.quoteKind(), dialog.entity());
        break;
    case SpeakerDialog::Choice::Anonymous:
        corrections_->addAnonymousQuote(span, dialog.quoteKind(), dialog.description());
        break;
    case SpeakerDialog::Choice::Unknown:
        corrections_->addQuote(span, dialog.quoteKind(), -1);
        break;
    }
}

void MainWindow::chooseSource(int quote) {
    // Sources are media, sometimes organizations ("selon le ministère"); those already named
    // as sources of the quotation are left out.
    std::vector<int> entities;
    const QStringList current = article_->sourceNames(quote);
    for (int e = 0; e < article_->entityCount(); ++e) {
        const whosaid::EntityKind kind = article_->entity(e).kind;
        if ((kind == whosaid::EntityKind::Media || kind == whosaid::EntityKind::Organization) &&
            !current.contains(article_->entityName(e)))
            entities.push_back(e);
    }
    const QTextCursor selection = view_->textCursor();
    const QString selected =
        selection.hasSelection() ? selection.selectedText().simplified() : QString();
    ActorPickerDialog dialog(*article_, entities, tr("A medium the analysis missed, named:"),
                             selected, false, whosaid::EntityKind::Media, this);
    dialog.setWindowTitle(tr("Add Source"));
    dialog.setPrompt(tr("Through which medium did these words come?"));
    if (!selected.isEmpty())
        dialog.setNewActor(true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!dialog.isNewActor()) {
        corrections_->addSource(quote, dialog.entity());
        return;
    }
    // A name the analysis knows is that actor, whatever its kind.
    for (int e = 0; e < article_->entityCount(); ++e)
        if (article_->entityName(e).compare(dialog.newName(), Qt::CaseInsensitive) == 0) {
            corrections_->addSource(quote, e);
            return;
        }
    if (!corrections_->addNewSource(quote, dialog.newName()))
        QMessageBox::information(this, tr("Add Source"),
                                 tr("“%1” is not in the article, apart from names already "
                                    "found: a source must be named in the text.")
                                     .arg(dialog.newName()));
}

void MainWindow::editAliases(const QStringList& newGroup) {
    AliasEditor editor(aliases_->aliases(), aliases_->path(), this);
    if (!newGroup.isEmpty())
        editor.addGroup(newGroup);
    if (editor.exec() != QDialog::Accepted)
        return;
    // Saving emits AliasStore::changed, which applies the list to the open article.
    const QString problem = aliases_->save(editor.aliases());
    if (!problem.isEmpty())
        reportCorrectionError(problem);
}

void MainWindow::loadAliases() {
    connect(aliases_, &AliasStore::changed, this,
            [this] { corrections_->setAliases(aliases_->aliases()); });
    const QString problem = aliases_->load();
    if (!problem.isEmpty())
        reportCorrectionError(problem);
    corrections_->setAliases(aliases_->aliases());
}
