#include "empty_hint.h"

#include <QAbstractItemModel>

EmptyHint::EmptyHint(QAbstractItemModel* model, QWidget* parent, Rows rows)
    : QLabel(parent), model_(model), rows_(rows) {
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setForegroundRole(QPalette::PlaceholderText);
    setTextFormat(Qt::PlainText);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyHint::update);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyHint::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyHint::update);
    update();
}

void EmptyHint::update() {
    int count = model_->rowCount();
    if (rows_ == Rows::Grouped) {
        count = 0;
        for (int group = 0; group < model_->rowCount(); ++group)
            count += model_->rowCount(model_->index(group, 0));
    }
    setVisible(count == 0);
}
