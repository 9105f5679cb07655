#pragma once

#include <QAbstractTableModel>
#include <memory>

class Article;
// Forward declaration: moc cannot parse the C++20 core headers.
namespace whosaid {
enum class QuoteKind;
}

// Every quotation of the article in text order: its words, kind (direct, partial or reported
// speech), speaker, how sure its attribution is, sources, paragraph number and why it was
// attributed, in words. ModelRoles::SortKey orders each column: the certainty column by
// confidence (unattributed first), the paragraph and the words by position.
class QuotesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Words, Kind, Speaker, Certainty, Sources, Paragraph, Rule, ColumnCount };

    explicit QuotesModel(QObject* parent = nullptr);
    ~QuotesModel() override;

    void setArticle(std::shared_ptr<const Article> article);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // Emits headerDataChanged and dataChanged so that views show the current language.
    void retranslate();
    // The translated name of a quotation kind ("direct", "partial", "reported").
    static QString kindName(whosaid::QuoteKind kind);
    // What the ✓ after a speaker means, for tooltips.
    static QString verifiedText();
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant sortKey(int quote, int column) const;
    QVariant toolTip(int quote, int column) const;
    std::shared_ptr<const Article> article_;
};
