#pragma once

#include <QLabel>

class QAbstractItemModel;

// A line telling what to do, shown in a panel while its model has no rows ("open an
// article…", "right-click to add…") and hidden as soon as it has some.
class EmptyHint : public QLabel {
    Q_OBJECT
public:
    // What counts as a row: the model's own rows, or (Grouped) the rows under its top-level
    // groups, for a model whose groups are always there ("By source", "By speaker").
    enum class Rows { TopLevel, Grouped };
    EmptyHint(QAbstractItemModel* model, QWidget* parent = nullptr, Rows rows = Rows::TopLevel);

private:
    void update();
    QAbstractItemModel* model_;
    Rows rows_;
};
