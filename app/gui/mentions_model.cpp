#include "mentions_model.h"

#include "article.h"
#include "model_roles.h"

#include <QTextDocumentFragment>

MentionsModel::MentionsModel(QObject* parent) : QAbstractTableModel(parent) {}
MentionsModel::~MentionsModel() = default;

void MentionsModel::setEntity(std::shared_ptr<const Article> article, int entity) {
    beginResetModel();
    article_ = std::move(article);
    entity_ = article_ && entity >= 0 && entity < article_->entityCount() ? entity : -1;
    endResetModel();
}

int MentionsModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || entity_ < 0)
        return 0;
    return article_->mentionCount(entity_);
}

int MentionsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MentionsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const whosaid::Span span =
        article_->entity(entity_).mentions[static_cast<size_t>(index.row())].span;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Paragraph)
            return article_->paragraphCell(span.start);
        return QTextDocumentFragment::fromHtml(article_->snippetHtml(span)).toPlainText();
    case Qt::ToolTipRole: {
        const QString tip =
            index.column() == Paragraph ? article_->paragraphToolTip(span.start) : QString();
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case ModelRoles::RichText:
        return index.column() == Context ? QVariant(article_->snippetHtml(span)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Paragraph ? QVariant(Qt::AlignRight | Qt::AlignTop) : QVariant();
    case ModelRoles::Mention:
        return index.row();
    case ModelRoles::Position:
        return span.start;
    default:
        return {};
    }
}

QVariant MentionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Paragraph:
        return tr("¶");
    case Context:
        return tr("Context");
    default:
        return {};
    }
}

void MentionsModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    const int rows = rowCount();
    if (rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
}
