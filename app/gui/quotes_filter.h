#pragma once

#include <QSortFilterProxyModel>

// The rows of the Quotations panel that are shown, and their order: the quotations of one
// actor (when one is selected) whose speaker contains the words typed in the filter field,
// sorted by the clicked column's ModelRoles::SortKey.
class QuotesFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit QuotesFilter(QObject* parent = nullptr);

    // Keeps only the quotations whose speaker is entity (an index into the article's
    // entities); -1 shows every speaker.
    void setSpeakerEntity(int entity);
    int speakerEntity() const { return entity_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int entity_ = -1;
};
