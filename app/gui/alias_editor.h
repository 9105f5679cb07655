#pragma once

#include <QDialog>
#include <QStringList>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
// Forward declaration: moc cannot parse the C++20 core headers.
namespace whosaid {
struct AliasList;
}

// Edits the person's alias list: a list of groups on the left, each one name and its other
// spellings ("Sergueï Lavrov" = "Serguei Lavrov" = "Лавров"), and the selected group's names
// on the right. Groups are added, edited and removed in the dialog; the caller saves
// aliases() when it is accepted.
class AliasEditor : public QDialog {
    Q_OBJECT
public:
    // location: the file the list is kept in, shown to the person.
    AliasEditor(const whosaid::AliasList& aliases, const QString& location,
                QWidget* parent = nullptr);

    // The groups with at least two different names, each name trimmed, empty lines dropped.
    whosaid::AliasList aliases() const;
    int groupCount() const { return static_cast<int>(groups_.size()); }
    // Appends a group (its first name is the one shown) and selects it.
    void addGroup(const QStringList& names);
    void removeCurrentGroup();
    void selectGroup(int row);

    QLineEdit* nameField() const { return name_; }
    QPlainTextEdit* spellingsField() const { return spellings_; }

private:
    // Shows the selected group in the fields (or empties them).
    void showGroup(int row);
    // Copies the fields into the selected group.
    void storeFields();
    QString label(const QStringList& names) const;

    std::vector<QStringList> groups_;
    QListWidget* list_;
    QLineEdit* name_;
    QPlainTextEdit* spellings_;
    QPushButton* remove_;
    bool showing_ = false; // while showGroup fills the fields
};
