#include "find_bar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

FindBar::FindBar(QWidget* parent)
    : QWidget(parent), field_(new QLineEdit(this)), count_(new QLabel(this)),
      label_(new QLabel(this)), previous_(new QToolButton(this)), next_(new QToolButton(this)),
      close_(new QToolButton(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    label_->setBuddy(field_);
    field_->setClearButtonEnabled(true);
    // Arrows and a close icon instead of words leave the field room to show what is typed
    // when the window is narrow (800 px, French); the words stay as tooltips and
    // accessible names.
    field_->setMinimumWidth(140);
    previous_->setArrowType(Qt::UpArrow);
    next_->setArrowType(Qt::DownArrow);
    close_->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    for (QToolButton* button : {previous_, next_, close_}) {
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAutoRaise(true);
    }
    layout->addWidget(label_);
    layout->addWidget(field_, 1);
    layout->addWidget(previous_);
    layout->addWidget(next_);
    layout->addWidget(count_);
    layout->addWidget(close_);
    connect(field_, &QLineEdit::textChanged, this, &FindBar::searchChanged);
    connect(next_, &QToolButton::clicked, this, &FindBar::next);
    connect(previous_, &QToolButton::clicked, this, &FindBar::previous);
    connect(close_, &QToolButton::clicked, this, &FindBar::dismiss);
    retranslateUi();
}

void FindBar::retranslateUi() {
    setAccessibleName(tr("Find bar"));
    label_->setText(tr("Find:"));
    field_->setAccessibleName(tr("Text to find"));
    field_->setPlaceholderText(tr("Search the article"));
    previous_->setAccessibleName(tr("Previous", "go to the previous match"));
    previous_->setToolTip(tr("Previous match (Shift+Enter)"));
    next_->setAccessibleName(tr("Next", "go to the next match"));
    next_->setToolTip(tr("Next match (Enter)"));
    close_->setAccessibleName(tr("Close the find bar"));
    close_->setToolTip(tr("Close the find bar"));
    count_->setAccessibleName(tr("Match count"));
    setResult(current_, total_);
}

void FindBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
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
    current_ = current;
    total_ = total;
    if (field_->text().isEmpty())
        count_->clear();
    else if (total == 0)
        count_->setText(tr("No match"));
    else if (current < 0)
        count_->setText(tr("%Ln match(es)", "", total));
    else
        count_->setText(
            tr("%L1 of %L2", "match number of match count").arg(current + 1).arg(total));
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
