#pragma once

#include <QWidget>
#include <memory>

class Article;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;
class QuotesFilter;
class QuotesModel;

// The Quotations dock: every quotation with speaker, certainty, sources, paragraph and why it
// was attributed; sorted by a click on a column header (the certainty column puts the least
// sure first), filterable by speaker. Selecting an actor narrows it to the actor's
// quotations (setSpeakerEntity), with a line saying whose they are. Choosing a row emits
// quoteChosen with the quotation's index.
class QuotesPanel : public QWidget {
    Q_OBJECT
public:
    explicit QuotesPanel(QWidget* parent = nullptr);

    void setArticle(std::shared_ptr<const Article> article);
    // Shows only the quotations of entity (an index into the article's entities), -1 all.
    void setSpeakerEntity(int entity);
    int speakerEntity() const;
    // Selects the row of a quotation (-1 clears the selection) without emitting quoteChosen.
    void showQuote(int quote);
    QuotesModel* model() const { return model_; }
    QuotesFilter* proxy() const { return proxy_; }
    QTableView* view() const { return view_; }
    QLineEdit* speakerFilter() const { return filter_; }
    // The line naming the actor whose quotations are listed (hidden when all are).
    QLabel* scopeLabel() const { return scope_; }
    // What to do when no quotation is listed (hidden otherwise).
    QLabel* emptyHint() const { return empty_; }
    QToolButton* reviewButton() const { return review_; }

signals:
    void quoteChosen(int quote);
    // "Show all" was clicked on the actor's line.
    void showAllRequested();
    // The Review button: walk the quotations, least certain first (review mode).
    void reviewRequested();

protected:
    // Retranslates on QEvent::LanguageChange.
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateHints();
    // Runs change (a new article, filter or selection made by the program) without emitting
    // quoteChosen: the rows that come and go meanwhile are not the reader's choice.
    template <typename Change> void quietly(Change change);
    std::shared_ptr<const Article> article_;
    QuotesModel* model_;
    QuotesFilter* proxy_;
    QLineEdit* filter_;
    QLabel* scope_;
    QToolButton* showAll_;
    QLabel* empty_;
    QToolButton* review_;
    QTableView* view_;
    bool choosing_ = true; // false while quietly() runs
};
