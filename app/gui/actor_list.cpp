#include "actor_list.h"

#include "article.h"
#include "highlight_style.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {

// Lower case without accents: "Sergueï" matches "serguei".
QString folded(const QString& text) {
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D))
        if (!c.isMark())
            out += c.toCaseFolded();
    return out;
}

} // namespace

ActorList::ActorList(const Article& article, const std::vector<int>& entities, int current,
                     QWidget* parent)
    : QWidget(parent), search_(new QLineEdit(this)), list_(new QListWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(search_);
    layout->addWidget(list_);
    search_->setPlaceholderText(tr("Search the actors…"));
    search_->setClearButtonEnabled(true);
    for (int entity : entities) {
        auto* item = new QListWidgetItem(
            tr("%1 (%2)").arg(article.entityName(entity),
                              HighlightStyle::entityKindName(article.entity(entity).kind)),
            list_);
        item->setData(Qt::UserRole, entity);
    }
    setCurrentEntity(current);
    if (!list_->currentItem() && list_->count() > 0)
        list_->setCurrentRow(0);
    connect(search_, &QLineEdit::textChanged, this, &ActorList::setFilter);
    connect(search_, &QLineEdit::returnPressed, this, [this] {
        if (currentEntity() >= 0)
            emit activated();
    });
    connect(list_, &QListWidget::itemActivated, this, &ActorList::activated);
    connect(list_, &QListWidget::currentRowChanged, this, &ActorList::currentChanged);
    search_->installEventFilter(this);
    setFocusProxy(search_);
}

bool ActorList::eventFilter(QObject* watched, QEvent* event) {
    // The arrows typed in the search field move in the list (over the actors the filter
    // keeps), so that Enter picks the one they reached; the field keeps the focus.
    if (watched == search_ && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown ||
            key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(list_, event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

int ActorList::currentEntity() const {
    const QListWidgetItem* item = list_->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toInt() : -1;
}

void ActorList::setCurrentEntity(int entity) {
    for (int row = 0; row < list_->count(); ++row)
        if (list_->item(row)->data(Qt::UserRole).toInt() == entity)
            list_->setCurrentRow(row);
}

void ActorList::setFilter(const QString& text) {
    if (search_->text() != text) {
        search_->setText(text); // comes back here through textChanged
        return;
    }
    const QStringList words = folded(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem* first = nullptr;
    for (int row = 0; row < list_->count(); ++row) {
        QListWidgetItem* item = list_->item(row);
        const QString label = folded(item->text());
        const bool shown = std::all_of(words.begin(), words.end(),
                                       [&](const QString& word) { return label.contains(word); });
        item->setHidden(!shown);
        if (shown && !first)
            first = item;
    }
    if (!list_->currentItem() || list_->currentItem()->isHidden())
        list_->setCurrentItem(first);
    emit currentChanged();
}

int ActorList::visibleCount() const {
    int count = 0;
    for (int row = 0; row < list_->count(); ++row)
        count += list_->item(row)->isHidden() ? 0 : 1;
    return count;
}
