#include "empty_hint.h"

#include <QAbstractItemModel>

EmptyHint::EmptyHint(QAbstractItemModel* model, QWidget* parent) : QLabel(parent), model_(model) {
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
    setVisible(model_->rowCount() == 0);
}
