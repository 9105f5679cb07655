#include "sources_model.h"

#include "article.h"
#include "model_roles.h"

#include <QFont>
#include <algorithm>
#include <map>

// internalId 0 marks a group row; group g's children carry g + 1.
SourcesModel::SourcesModel(QObject* parent) : QAbstractItemModel(parent) {}
SourcesModel::~SourcesModel() = default;

void SourcesModel::setArticle(std::shared_ptr<const Article> article) {
    beginResetModel();
    article_ = article;
    for (auto& group : groups_)
        group.clear();
    maximum_ = 1;
    if (article) {
        std::map<int, int> perSource;
        std::map<int, int> perSpeaker;
        int noSource = 0;
        int anonymous = 0;
        int unattributed = 0;
        for (int q = 0; q < article->quoteCount(); ++q) {
            const whosaid::Quote& quote = article->quote(q);
            if (quote.sources.empty())
                ++noSource;
            for (const whosaid::QuoteSource& source : quote.sources)
                ++perSource[article->entityIndex(source.entity)];
            const std::vector<int> speakers = article->speakerEntities(q);
            for (const int speaker : speakers) // a group's quotation counts for each
                ++perSpeaker[speaker];
            if (speakers.empty() && quote.speaker && quote.speaker->anonymous)
                ++anonymous;
            else if (speakers.empty())
                ++unattributed;
        }
        const auto byCount = [](const Row& a, const Row& b) {
            return a.count != b.count ? a.count > b.count : a.label < b.label;
        };
        for (const auto& [entity, count] : perSource)
            groups_[BySource].push_back(
                {entity >= 0 ? article->entityName(entity) : tr("unknown medium"), count, entity,
                 false});
        std::sort(groups_[BySource].begin(), groups_[BySource].end(), byCount);
        groups_[BySource].push_back({tr("no source cited"), noSource, -1, true});
        for (const auto& [entity, count] : perSpeaker)
            groups_[BySpeaker].push_back({article->entityName(entity), count, entity, false});
        std::sort(groups_[BySpeaker].begin(), groups_[BySpeaker].end(), byCount);
        groups_[BySpeaker].push_back({tr("anonymous"), anonymous, -1, true});
        groups_[BySpeaker].push_back({tr("unattributed"), unattributed, -1, true});
        for (const auto& group : groups_)
            for (const Row& row : group)
                maximum_ = std::max(maximum_, row.count);
    }
    endResetModel();
}

QModelIndex SourcesModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex SourcesModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int SourcesModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return GroupCount;
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return static_cast<int>(groups_[parent.row()].size());
}

int SourcesModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant SourcesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        if (index.column() != Label)
            return {};
        if (role == Qt::DisplayRole)
            return index.row() == BySource ? tr("By source") : tr("By speaker");
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const Row& row = groups_[index.internalId() - 1][static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Label ? QVariant(row.label) : QVariant(row.count);
    case Qt::FontRole:
        if (row.italic) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case ModelRoles::BarFraction:
        return index.column() == Count ? QVariant(double(row.count) / maximum_) : QVariant();
    case ModelRoles::Entity:
        return row.entity;
    default:
        return {};
    }
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Label ? tr("Source or speaker") : tr("Quotations");
}

void SourcesModel::retranslate() {
    // The labels of the special rows are built with the rows: build them again.
    setArticle(article_);
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
