#pragma once

#include <QFrame>

class AliasStore;
class CorrectionsController;
class QLabel;
class QPushButton;

// A bar above the article that stays while the corrections file or the alias list cannot be
// read or saved: it names the file, gives the error and offers the choices (save the
// corrections to another file, replace the unreadable file keeping it as a backup, try the
// save again). It also asks before unsaved corrections are dropped (closing, another article).
class FileProblemBar : public QFrame {
    Q_OBJECT
public:
    FileProblemBar(CorrectionsController* corrections, AliasStore* aliases,
                   QWidget* parent = nullptr);

    // The text shown for the corrections and the alias list (empty when fine).
    QString correctionsMessage() const;
    QString aliasesMessage() const;

    // Saves the corrections to path, or to a file asked for when path is empty; a failure is
    // told in a message box. Returns whether they were saved.
    bool saveCorrectionsAs(const QString& path = {});
    // Replaces the unreadable corrections file (or alias list), the old one kept as a backup.
    bool replaceCorrections();
    bool replaceAliases();
    // Whether the window may close or show another article: true when nothing is unsaved,
    // else the person's choice in a dialog (save the corrections as…, discard, cancel).
    bool confirmDiscard();

protected:
    void changeEvent(QEvent* event) override;

private:
    // Shows the problems as they are now, or hides the bar.
    void showProblems();
    void retranslateUi();

    CorrectionsController* corrections_;
    AliasStore* aliases_;
    QLabel* correctionsText_;
    QPushButton* saveAs_;
    QPushButton* replace_;
    QPushButton* retry_;
    QLabel* aliasesText_;
    QPushButton* replaceAliases_;
    QPushButton* retryAliases_;
};
