#pragma once

#include <QAbstractItemModel>
#include <memory>
#include <vector>

class Article;

// The actors of the article as a two-level tree: one group per entity kind that has actors
// (people, organizations, places, media), each actor under its group with its mention and
// quotation counts. Columns: name, mentions, quotations.
class ActorsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Mentions, Quotations, ColumnCount };

    explicit ActorsModel(QObject* parent = nullptr);
    ~ActorsModel() override;

    void setArticle(std::shared_ptr<const Article> article);
    // The index of the row of an entity (column 0), invalid when unknown.
    QModelIndex indexOfEntity(int entity) const;

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
    struct Group {
        int kind; // whosaid::EntityKind
        std::vector<int> entities;
    };
    std::shared_ptr<const Article> article_;
    std::vector<Group> groups_;
};
