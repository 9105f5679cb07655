#include "find_bar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

FindBar::FindBar(QWidget* parent)
    : QWidget(parent), field_(new QLineEdit(this)), count_(new QLabel(this)) {
    setAccessibleName(tr("Find bar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    auto* label = new QLabel(tr("Find:"), this);
    label->setBuddy(field_);
    field_->setAccessibleName(tr("Text to find"));
    field_->setClearButtonEnabled(true);
    field_->setPlaceholderText(tr("Search the article"));
    auto* previousButton = new QToolButton(this);
    previousButton->setText(tr("Previous"));
    previousButton->setToolTip(tr("Previous match (Shift+Enter)"));
    auto* nextButton = new QToolButton(this);
    nextButton->setText(tr("Next"));
    nextButton->setToolTip(tr("Next match (Enter)"));
    auto* closeButton = new QToolButton(this);
    closeButton->setText(tr("Close"));
    closeButton->setAccessibleName(tr("Close the find bar"));
    count_->setAccessibleName(tr("Match count"));
    layout->addWidget(label);
    layout->addWidget(field_, 1);
    layout->addWidget(previousButton);
    layout->addWidget(nextButton);
    layout->addWidget(count_);
    layout->addWidget(closeButton);
    connect(field_, &QLineEdit::textChanged, this, &FindBar::searchChanged);
    connect(nextButton, &QToolButton::clicked, this, &FindBar::next);
    connect(previousButton, &QToolButton::clicked, this, &FindBar::previous);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::dismiss);
}

void FindBar::activate() {
    show();
    field_->setFocus(Qt::ShortcutFocusReason);
    field_->selectAll();
}

void FindBar::dismiss() {
    hide();
    emit closed();
}

QString FindBar::text() const {
    return field_->text();
}

void FindBar::setResult(int current, int total) {
    if (field_->text().isEmpty())
        count_->clear();
    else if (total == 0)
        count_->setText(tr("No match"));
    else if (current < 0)
        count_->setText(tr("%n match(es)", "", total));
    else
        count_->setText(tr("%1 of %2").arg(current + 1).arg(total));
}

QString FindBar::resultText() const {
    return count_->text();
}

void FindBar::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (event->modifiers() & Qt::ShiftModifier)
            emit previous();
        else
            emit next();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QWidget::keyPressEvent(event);
}
