#pragma once

#include <QLayout>
#include <QList>

// Lays its items out left to right and wraps onto a new row when the next one does not
// fit, like words in a paragraph. Items always get their size hint: a flow layout wraps
// instead of squeezing, so no label is ever clipped. Rows are as tall as their tallest
// item, with the others centred vertically in them. Hidden widgets take no room.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    // Space between rows; a negative value (the default) uses spacing().
    void setVerticalSpacing(int spacing);
    int verticalSpacing() const;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;

    // Never expands: the extra width stays to the right of each row.
    Qt::Orientations expandingDirections() const override;
    // True: the narrower the layout, the more rows it needs.
    bool hasHeightForWidth() const override;
    // The height all rows take when the layout is `width` wide (margins included).
    int heightForWidth(int width) const override;
    // As wide as the widest item (one item a row), as tall as one row.
    QSize minimumSize() const override;
    // Everything on one row.
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;
    void invalidate() override;

private:
    // Places the items in `rect` (margins included) when `apply`, and returns the height
    // the rows take, margins included.
    int arrange(const QRect& rect, bool apply) const;
    int horizontalGap() const;

    QList<QLayoutItem*> items_;
    int verticalSpacing_ = -1;
    // heightForWidth is asked often during one layout pass: remember the last answer.
    mutable int cachedWidth_ = -1;
    mutable int cachedHeight_ = 0;
};
