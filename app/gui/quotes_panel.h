#pragma once

#include <QWidget>
#include <memory>

class Article;
class QLineEdit;
class QToolButton;
class QSortFilterProxyModel;
class QTableView;
class QuotesModel;

// The Quotations dock: every quotation with speaker, sources and paragraph, filterable by
// speaker. Choosing a row emits quoteChosen with the quotation's index.
class QuotesPanel : public QWidget {
    Q_OBJECT
public:
    explicit QuotesPanel(QWidget* parent = nullptr);

    void setArticle(std::shared_ptr<const Article> article);
    QuotesModel* model() const { return model_; }
    QSortFilterProxyModel* proxy() const { return proxy_; }
    QTableView* view() const { return view_; }
    QLineEdit* speakerFilter() const { return filter_; }
    QToolButton* reviewButton() const { return review_; }

signals:
    void quoteChosen(int quote);
    // The Review button: walk the quotations, least certain first (review mode).
    void reviewRequested();

protected:
    // Retranslates on QEvent::LanguageChange.
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QuotesModel* model_;
    QSortFilterProxyModel* proxy_;
    QLineEdit* filter_;
    QToolButton* review_;
    QTableView* view_;
};
