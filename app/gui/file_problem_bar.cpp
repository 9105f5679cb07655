#include "file_problem_bar.h"

#include "alias_store.h"
#include "corrections_controller.h"
#include "corrections_file.h"
#include "whosaid/corrections.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel* messageLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Core's messages start with the file's path, which the bar's sentence already names.
QString reason(const QString& error, const QString& path) {
    const QString prefix = path + QStringLiteral(": ");
    return error.startsWith(prefix) ? error.mid(prefix.size()) : error;
}

} // namespace

FileProblemBar::FileProblemBar(CorrectionsController* corrections, AliasStore* aliases,
                               QWidget* parent)
    : QFrame(parent), corrections_(corrections), aliases_(aliases),
      correctionsText_(messageLabel(this)), saveAs_(new QPushButton(this)),
      replace_(new QPushButton(this)), retry_(new QPushButton(this)),
      aliasesText_(messageLabel(this)), replaceAliases_(new QPushButton(this)),
      retryAliases_(new QPushButton(this)) {
    setObjectName(QStringLiteral("fileProblemBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The warning colours of the palette's tooltip role read well in light and dark themes.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    saveAs_->setObjectName(QStringLiteral("saveCorrectionsAs"));
    replace_->setObjectName(QStringLiteral("replaceCorrections"));
    retry_->setObjectName(QStringLiteral("retryCorrections"));
    replaceAliases_->setObjectName(QStringLiteral("replaceAliases"));
    retryAliases_->setObjectName(QStringLiteral("retryAliases"));

    // The message takes the column's whole width, its choices under it: the column is
    // narrow (370 px at least) and the messages long.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(correctionsText_);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(saveAs_);
    buttons->addWidget(replace_);
    buttons->addWidget(retry_);
    layout->addLayout(buttons);
    layout->addWidget(aliasesText_);
    auto* aliasButtons = new QHBoxLayout;
    aliasButtons->addStretch(1);
    aliasButtons->addWidget(replaceAliases_);
    aliasButtons->addWidget(retryAliases_);
    layout->addLayout(aliasButtons);

    connect(saveAs_, &QPushButton::clicked, this, [this] { saveCorrectionsAs(); });
    connect(replace_, &QPushButton::clicked, this, &FileProblemBar::replaceCorrections);
    connect(retry_, &QPushButton::clicked, corrections_, &CorrectionsController::retrySave);
    connect(replaceAliases_, &QPushButton::clicked, this, &FileProblemBar::replaceAliases);
    connect(retryAliases_, &QPushButton::clicked, this,
            [this] { aliases_->save(aliases_->aliases()); });
    connect(corrections_->file(), &CorrectionsFile::problemChanged, this,
            &FileProblemBar::showProblems);
    connect(aliases_, &AliasStore::problemChanged, this, &FileProblemBar::showProblems);
    retranslateUi();
}

QString FileProblemBar::correctionsMessage() const {
    const CorrectionsFile* file = corrections_->file();
    const QString name = QDir::toNativeSeparators(file->path());
    switch (file->problem()) {
    case CorrectionsFile::Problem::Unreadable:
        return tr("The corrections file “%1” cannot be read: %2. It is left as it is: the "
                  "corrections you make are kept in this window, not saved. Save them to "
                  "another file, or replace the file (the old one is kept as “%3”).")
            .arg(name, reason(file->error(), file->path()),
                 QFileInfo(file->path() + QStringLiteral(".bak")).fileName());
    case CorrectionsFile::Problem::SaveFailed:
        return tr("Your corrections cannot be saved to “%1”: %2. They are kept in this window: "
                  "try again, or save them to another file.")
            .arg(name, reason(file->error(), file->path()));
    case CorrectionsFile::Problem::None:
        break;
    }
    return {};
}

QString FileProblemBar::aliasesMessage() const {
    const QString name = QDir::toNativeSeparators(aliases_->path());
    switch (aliases_->problem()) {
    case AliasStore::Problem::Unreadable:
        return tr("Your alias list “%1” cannot be read: %2. It is left as it is: changes to the "
                  "list are kept in this window, not saved. Mend the file, or replace it (the "
                  "old one is kept as “%3”).")
            .arg(name, reason(aliases_->error(), aliases_->path()),
                 QFileInfo(aliases_->path() + QStringLiteral(".bak")).fileName());
    case AliasStore::Problem::SaveFailed:
        return tr("Your alias list cannot be saved to “%1”: %2. Changes to it are kept in this "
                  "window.")
            .arg(name, reason(aliases_->error(), aliases_->path()));
    case AliasStore::Problem::None:
        break;
    }
    return {};
}

void FileProblemBar::showProblems() {
    const auto corrections = corrections_->file()->problem();
    const auto aliases = aliases_->problem();
    correctionsText_->setText(correctionsMessage());
    correctionsText_->setVisible(corrections != CorrectionsFile::Problem::None);
    saveAs_->setVisible(corrections != CorrectionsFile::Problem::None);
    replace_->setVisible(corrections == CorrectionsFile::Problem::Unreadable);
    retry_->setVisible(corrections == CorrectionsFile::Problem::SaveFailed);
    aliasesText_->setText(aliasesMessage());
    aliasesText_->setVisible(aliases != AliasStore::Problem::None);
    replaceAliases_->setVisible(aliases == AliasStore::Problem::Unreadable);
    retryAliases_->setVisible(aliases == AliasStore::Problem::SaveFailed);
    setVisible(corrections != CorrectionsFile::Problem::None ||
               aliases != AliasStore::Problem::None);
}

void FileProblemBar::retranslateUi() {
    saveAs_->setText(tr("Save Corrections As…"));
    replace_->setText(tr("Replace the File"));
    retry_->setText(tr("Try Again"));
    replaceAliases_->setText(tr("Replace the List"));
    retryAliases_->setText(tr("Try Again"));
    showProblems();
}

void FileProblemBar::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

bool FileProblemBar::saveCorrectionsAs(const QString& path) {
    QString target = path;
    if (target.isEmpty()) {
        const QFileInfo current(corrections_->file()->path());
        target = QFileDialog::getSaveFileName(
            this, tr("Save Corrections As"),
            QDir::home().filePath(current.fileName().isEmpty()
                                      ? QStringLiteral("corrections.whosaid.json")
                                      : current.fileName()),
            tr("Corrections (*.whosaid.json);;All files (*)"));
        if (target.isEmpty())
            return false;
    }
    if (corrections_->saveAs(target))
        return true;
    QMessageBox::warning(window(), tr("Save Corrections As"),
                         tr("The corrections cannot be saved to “%1”: %2.")
                             .arg(QDir::toNativeSeparators(target), corrections_->file()->error()));
    return false;
}

bool FileProblemBar::replaceCorrections() {
    if (corrections_->replaceUnreadable())
        return true;
    QMessageBox::warning(window(), tr("Replace the File"),
                         tr("The corrections cannot be saved to “%1”: %2.")
                             .arg(QDir::toNativeSeparators(corrections_->file()->path()),
                                  corrections_->file()->error()));
    return false;
}

bool FileProblemBar::replaceAliases() {
    const QString problem = aliases_->replace();
    if (problem.isEmpty())
        return true;
    QMessageBox::warning(window(), tr("Replace the List"), problem);
    return false;
}

bool FileProblemBar::confirmDiscard() {
    const bool corrections = corrections_->hasUnsavedChanges();
    if (!corrections && !aliases_->hasUnsavedChanges())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved corrections"),
                    corrections ? tr("Your corrections are not saved.")
                                : tr("Your changes to the alias list are not saved."),
                    QMessageBox::Discard | QMessageBox::Cancel, window());
    box.setObjectName(QStringLiteral("unsavedCorrections"));
    box.setInformativeText((correctionsMessage() + QLatin1Char('\n') + aliasesMessage()).trimmed());
    QPushButton* save = nullptr;
    if (corrections)
        save = box.addButton(tr("Save Corrections As…"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == box.button(QMessageBox::Discard))
        return true;
    if (save && box.clickedButton() == save)
        return saveCorrectionsAs();
    return false;
}
