#pragma once

#include <QLabel>

class QAbstractItemModel;

// A line telling what to do, shown in a panel while its model has no rows ("open an
// article…", "right-click to add…") and hidden as soon as it has some.
class EmptyHint : public QLabel {
    Q_OBJECT
public:
    EmptyHint(QAbstractItemModel* model, QWidget* parent = nullptr);

private:
    void update();
    QAbstractItemModel* model_;
};
