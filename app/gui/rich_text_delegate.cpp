#include "rich_text_delegate.h"

#include "model_roles.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>
#include <QTreeView>

namespace {
// The width to wrap at: the cell's when painting, the column's when sizing (sizeHint gets
// no rect).
int wrapWidth(const QStyleOptionViewItem& option, const QModelIndex& index) {
    if (option.rect.width() > 0)
        return option.rect.width();
    const auto* view = qobject_cast<const QTreeView*>(option.widget);
    return view && view->columnWidth(index.column()) > 0 ? view->columnWidth(index.column()) : 400;
}

void prepare(QTextDocument& doc, const QStyleOptionViewItem& option, const QModelIndex& index,
             const QString& html) {
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(2);
    doc.setHtml(html);
    doc.setTextWidth(wrapWidth(option, index));
}
} // namespace

void RichTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
    const QString html = index.data(ModelRoles::RichText).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    QStyle* style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    QTextDocument doc;
    prepare(doc, option, index, html);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = option.state & QStyle::State_Selected;
    context.palette = option.palette;
    context.palette.setColor(
        QPalette::Text,
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(option.rect.translated(-option.rect.topLeft()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    const QString html = index.data(ModelRoles::RichText).toString();
    if (html.isEmpty())
        return QStyledItemDelegate::sizeHint(option, index);
    QTextDocument doc;
    prepare(doc, option, index, html);
    return {static_cast<int>(doc.idealWidth()), static_cast<int>(doc.size().height())};
}
