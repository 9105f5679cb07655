#include "actors_model.h"

#include "article.h"
#include "highlight_style.h"
#include "model_roles.h"

#include <QBrush>
#include <QFont>

// internalId 0 marks a group row; group g's children carry g + 1.
ActorsModel::ActorsModel(QObject* parent) : QAbstractItemModel(parent) {}
ActorsModel::~ActorsModel() = default;

void ActorsModel::setArticle(std::shared_ptr<const Article> article) {
    beginResetModel();
    article_ = std::move(article);
    groups_.clear();
    if (article_) {
        for (int kind = 0; kind < 4; ++kind) {
            Group group{kind, {}};
            for (int e = 0; e < article_->entityCount(); ++e)
                if (static_cast<int>(article_->entity(e).kind) == kind)
                    group.entities.push_back(e);
            if (!group.entities.empty())
                groups_.push_back(std::move(group));
        }
    }
    endResetModel();
}

QModelIndex ActorsModel::indexOfEntity(int entity) const {
    for (size_t g = 0; g < groups_.size(); ++g)
        for (size_t row = 0; row < groups_[g].entities.size(); ++row)
            if (groups_[g].entities[row] == entity)
                return createIndex(static_cast<int>(row), 0, static_cast<quintptr>(g + 1));
    return {};
}

QModelIndex ActorsModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex ActorsModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int ActorsModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(groups_.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return static_cast<int>(groups_[static_cast<size_t>(parent.row())].entities.size());
}

int ActorsModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant ActorsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Group& group = groups_[static_cast<size_t>(index.row())];
        const auto kind = HighlightStyle::forEntity(static_cast<whosaid::EntityKind>(group.kind));
        if (role == ModelRoles::Entity)
            return -1;
        if (index.column() != Name)
            return {};
        if (role == Qt::DisplayRole)
            return tr("%1 (%L2)", "actor kind (number of actors)")
                .arg(HighlightStyle::name(kind))
                .arg(group.entities.size());
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const Group& group = groups_[static_cast<size_t>(index.internalId() - 1)];
    const int entity = group.entities[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return article_->entityName(entity);
        return index.column() == Mentions ? article_->mentionCount(entity)
                                          : article_->quotationCount(entity);
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("%1 — %Ln mention(s)", "", article_->mentionCount(entity))
            .arg(article_->entityName(entity));
    case ModelRoles::Entity:
        return entity;
    default:
        return {};
    }
}

QVariant ActorsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    // The dock is narrow: the count columns get short titles, spelled out in the tooltip.
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name:
            return tr("Actor");
        case Mentions:
            return tr("Ment.", "short for mentions");
        case Quotations:
            return tr("Quot.", "short for quotations");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section != Name)
        return section == Mentions ? tr("Mentions") : tr("Quotations");
    return {};
}

void ActorsModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    const int rows = rowCount();
    if (rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
}
