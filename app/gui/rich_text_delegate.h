#pragma once

#include <QStyledItemDelegate>

// Paints cells that carry ModelRoles::RichText as HTML (the mention in bold in the
// Mentions panel); other cells are painted as usual.
class RichTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
