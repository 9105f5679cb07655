#pragma once

#include <QAbstractItemModel>
#include <QString>
#include <memory>
#include <vector>

class Article;

// Who the quotations come from, as a two-level tree: "By source" (each medium the words
// came through, then quotations citing none) and "By speaker" (each named speaker, then
// anonymous and unattributed quotations). Columns: label, quotation count; the count cell
// carries ModelRoles::BarFraction for the bar chart.
class SourcesModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Label, Count, ColumnCount };
    enum GroupRow { BySource, BySpeaker, GroupCount };

    explicit SourcesModel(QObject* parent = nullptr);
    ~SourcesModel() override;

    void setArticle(std::shared_ptr<const Article> article);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // Emits headerDataChanged and dataChanged so that views show the current language.
    void retranslate();
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString label;
        int count = 0;
        int entity = -1;
        bool italic = false; // the summary rows (none, anonymous, unattributed)
    };
    std::shared_ptr<const Article> article_;
    std::vector<Row> groups_[GroupCount];
    int maximum_ = 1;
};
