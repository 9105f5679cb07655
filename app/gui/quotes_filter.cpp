#include "quotes_filter.h"

#include "model_roles.h"

QuotesFilter::QuotesFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(ModelRoles::SortKey);
    setFilterRole(Qt::DisplayRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void QuotesFilter::setSpeakerEntity(int entity) {
    if (entity == entity_)
        return;
    entity_ = entity;
    invalidateRowsFilter();
}

bool QuotesFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (entity_ >= 0) {
        const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
        // A quotation a group speaks is listed under each of its actors.
        if (!row.data(ModelRoles::Speakers).toList().contains(QVariant(entity_)))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
