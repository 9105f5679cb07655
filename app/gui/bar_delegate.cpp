#include "bar_delegate.h"

#include "model_roles.h"

#include <QPainter>

void BarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                        const QModelIndex& index) const {
    const QVariant fraction = index.data(ModelRoles::BarFraction);
    if (fraction.isValid()) {
        const QRect area = option.rect.adjusted(2, 3, -2, -3);
        QRect bar = area;
        bar.setWidth(static_cast<int>(area.width() * qBound(0.0, fraction.toDouble(), 1.0)));
        QColor fill = option.palette.color(QPalette::Highlight);
        fill.setAlpha(110);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(bar, 2, 2);
        painter->restore();
    }
    QStyledItemDelegate::paint(painter, option, index);
}
