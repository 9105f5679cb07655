#pragma once

#include <QDialog>

class ActorList;
class Article;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
// Forward declaration: moc cannot parse the C++20 core headers.
namespace whosaid {
enum class QuoteKind;
}

// Who said some words: an actor of the article (a searchable list), an anonymous speaker
// with the article's description of them, or nobody known. Shows the words above; with a
// kind chooser (direct, partial, indirect) it is the "Add as quotation…" dialog, without it
// the "Reassign speaker…" one.
class SpeakerDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Actor, Anonymous, Unknown };

    // current: the actor chosen at first (-1: the first of the list). near: where the words
    // are in the text; the actors are listed likeliest first (see speakerCandidates).
    SpeakerDialog(const Article& article, const QString& words, int current, bool withKind,
                  int near, QWidget* parent = nullptr);

    void setChoice(Choice choice);
    Choice choice() const;
    // The chosen actor (Choice::Actor), or -1.
    int entity() const;
    QString description() const;
    whosaid::QuoteKind quoteKind() const;

    ActorList* actorList() const { return list_; }
    QLineEdit* descriptionField() const { return description_; }
    QComboBox* kindBox() const { return kind_; }

private:
    void updateState();

    ActorList* list_;
    QRadioButton* actor_;
    QRadioButton* anonymous_;
    QRadioButton* unknown_;
    QLineEdit* description_;
    QComboBox* kind_;
    QDialogButtonBox* buttons_;
};
