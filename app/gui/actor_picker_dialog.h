#pragma once

#include <QDialog>
#include <vector>

class ActorList;
class Article;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
// Forward declaration: moc cannot parse the C++20 core headers.
namespace whosaid {
enum class EntityKind;
}

// Chooses an actor of the article from a searchable list, or names a new one (with its kind
// when asked): the dialog of "Add as mention of…" and "Add source…".
class ActorPickerDialog : public QDialog {
    Q_OBJECT
public:
    // entities: the actors offered (indices into article's entities). newLabel names the
    // second choice ("A new actor", "A medium the analysis missed"); name prefills its name.
    // withKind shows a kind chooser set to kind.
    ActorPickerDialog(const Article& article, const std::vector<int>& entities,
                      const QString& newLabel, const QString& name, bool withKind,
                      whosaid::EntityKind kind, QWidget* parent = nullptr);

    void setPrompt(const QString& prompt);
    // Chooses between an actor of the list (false) and a new actor (true).
    void setNewActor(bool fresh);
    bool isNewActor() const;
    // The chosen actor of the list, or -1.
    int entity() const;
    // The new actor's name (simplified) and kind.
    QString newName() const;
    whosaid::EntityKind newKind() const;

    ActorList* actorList() const { return list_; }
    QLineEdit* nameField() const { return name_; }
    QComboBox* kindBox() const { return kind_; }

private:
    void updateState();

    QLabel* prompt_;
    QRadioButton* existing_;
    QRadioButton* fresh_;
    ActorList* list_;
    QLineEdit* name_;
    QComboBox* kind_;
    QDialogButtonBox* buttons_;
};
