#include "flow_layout.h"

#include <QStyle>
#include <QWidget>
#include <algorithm>

FlowLayout::FlowLayout(QWidget* parent) : QLayout(parent) {}

FlowLayout::~FlowLayout() {
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::setVerticalSpacing(int spacing) {
    verticalSpacing_ = spacing;
    invalidate();
}

int FlowLayout::verticalSpacing() const {
    return verticalSpacing_ >= 0 ? verticalSpacing_ : horizontalGap();
}

int FlowLayout::horizontalGap() const {
    // spacing() asks the style when unset, and some styles answer -1 ("no preference").
    return std::max(0, spacing());
}

void FlowLayout::addItem(QLayoutItem* item) {
    items_.append(item);
    invalidate();
}

int FlowLayout::count() const {
    return static_cast<int>(items_.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const {
    return index >= 0 && index < items_.size() ? items_.at(index) : nullptr;
}

QLayoutItem* FlowLayout::takeAt(int index) {
    if (index < 0 || index >= items_.size())
        return nullptr;
    QLayoutItem* item = items_.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const {
    return {};
}

bool FlowLayout::hasHeightForWidth() const {
    return true;
}

int FlowLayout::heightForWidth(int width) const {
    if (width != cachedWidth_) {
        cachedHeight_ = arrange(QRect(0, 0, width, 0), false);
        cachedWidth_ = width;
    }
    return cachedHeight_;
}

QSize FlowLayout::minimumSize() const {
    QSize widest;
    for (const QLayoutItem* item : items_)
        if (!item->isEmpty())
            widest = widest.expandedTo(item->sizeHint().expandedTo(item->minimumSize()));
    const QMargins margins = contentsMargins();
    return widest + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const {
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const QLayoutItem* item : items_) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        width += hint.width();
        height = std::max(height, hint.height());
        ++shown;
    }
    width += std::max(0, shown - 1) * horizontalGap();
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

void FlowLayout::invalidate() {
    cachedWidth_ = -1;
    QLayout::invalidate();
}

int FlowLayout::arrange(const QRect& rect, bool apply) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = horizontalGap();
    const int rowGap = verticalSpacing();
    const Qt::LayoutDirection direction =
        parentWidget() ? parentWidget()->layoutDirection() : Qt::LeftToRight;

    // Rows are closed one at a time: an item starts a new row when it would overflow the
    // current one (a row always takes at least one item, however wide).
    int y = area.top();
    int rowStart = 0;
    int rowHeight = 0;
    int x = area.left();
    int inRow = 0;
    auto placeRow = [&](int end) {
        if (!apply)
            return;
        int left = area.left();
        for (int i = rowStart; i < end; ++i) {
            QLayoutItem* item = items_.at(i);
            if (item->isEmpty())
                continue;
            const QSize hint = item->sizeHint();
            const QRect cell(left, y + (rowHeight - hint.height()) / 2, hint.width(),
                             hint.height());
            item->setGeometry(QStyle::visualRect(direction, area, cell));
            left += hint.width() + gap;
        }
    };
    for (int i = 0; i < items_.size(); ++i) {
        const QLayoutItem* item = items_.at(i);
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        if (inRow > 0 && x + hint.width() > area.right() + 1) {
            placeRow(i);
            y += rowHeight + rowGap;
            rowStart = i;
            rowHeight = 0;
            x = area.left();
            inRow = 0;
        }
        x += hint.width() + gap;
        rowHeight = std::max(rowHeight, hint.height());
        ++inRow;
    }
    placeRow(static_cast<int>(items_.size()));
    const QMargins margins = contentsMargins();
    const int rowsHeight = inRow > 0 ? y + rowHeight - area.top() : 0;
    return rowsHeight + margins.top() + margins.bottom();
}
