#pragma once

#include <QStyledItemDelegate>

// Draws a horizontal bar behind cells that carry ModelRoles::BarFraction, so that a column
// of counts reads as a small bar chart; the count itself stays readable on top.
class BarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};
