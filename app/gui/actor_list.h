#pragma once

#include <QWidget>
#include <vector>

class Article;
class QLineEdit;
class QListWidget;

// A searchable list of some actors of an article ("Jean Dupont (person)"): typing in the
// search field keeps the actors whose name or kind contains the words typed, accents and case
// ignored, and selects the first of them; the arrow keys move among them without leaving the
// field.
class ActorList : public QWidget {
    Q_OBJECT
public:
    // entities: indices into article's entities, in the order shown; current is selected.
    ActorList(const Article& article, const std::vector<int>& entities, int current,
              QWidget* parent = nullptr);

    // The selected actor (an index into the article's entities), or -1.
    int currentEntity() const;
    // Selects entity when it is listed.
    void setCurrentEntity(int entity);
    // Filters the list as if text were typed in the search field.
    void setFilter(const QString& text);
    // How many actors the filter leaves.
    int visibleCount() const;
    QLineEdit* searchField() const { return search_; }

protected:
    // Up, Down, Page Up and Page Down in the search field move the list's current actor.
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    // An actor was double-clicked or chosen with Enter.
    void activated();
    void currentChanged();

private:
    QLineEdit* search_;
    QListWidget* list_;
};
