#pragma once

#include <QWidget>
#include <memory>

class Article;
class EmptyHint;
class SourcesModel;
class QTreeView;

// The Sources dock: quotations per source and per speaker (with anonymous and unattributed
// counts) as a tree whose count column is drawn as a bar chart.
class SourcesPanel : public QWidget {
    Q_OBJECT
public:
    explicit SourcesPanel(QWidget* parent = nullptr);

    void setArticle(std::shared_ptr<const Article> article);
    SourcesModel* model() const { return model_; }
    // What to do while no quotation is counted (hidden otherwise).
    EmptyHint* emptyHint() const { return hint_; }

signals:
    // A named source or speaker row was chosen.
    void entityChosen(int entity);

protected:
    // Retranslates on QEvent::LanguageChange.
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    SourcesModel* model_;
    QTreeView* view_;
    EmptyHint* hint_;
};
