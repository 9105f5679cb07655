#pragma once

#include <QWidget>
#include <memory>

class ActorsModel;
class EmptyHint;
class Article;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

// The Actors dock: the actors tree with a filter box and a sort choice (by mentions or by
// name). Choosing an actor emits entityChosen, exactly as clicking its name in the text.
class ActorsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ActorsPanel(QWidget* parent = nullptr);

    void setArticle(std::shared_ptr<const Article> article);
    // Selects the entity's row without emitting entityChosen (-1 clears).
    void showEntity(int entity);
    ActorsModel* model() const { return model_; }
    QSortFilterProxyModel* proxy() const { return proxy_; }
    QTreeView* view() const { return view_; }
    EmptyHint* emptyHint() const { return hint_; }
    QLineEdit* filterField() const { return filter_; }

signals:
    void entityChosen(int entity);

protected:
    // Retranslates on QEvent::LanguageChange.
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void applySort();

    ActorsModel* model_;
    QSortFilterProxyModel* proxy_;
    QLineEdit* filter_;
    QComboBox* sort_;
    QTreeView* view_;
    EmptyHint* hint_; // what to do while there is no actor
    bool updating_ = false;
};
