#include "quotes_model.h"

#include "article.h"
#include "model_roles.h"

QuotesModel::QuotesModel(QObject* parent) : QAbstractTableModel(parent) {}
QuotesModel::~QuotesModel() = default;

void QuotesModel::setArticle(std::shared_ptr<const Article> article) {
    beginResetModel();
    article_ = std::move(article);
    endResetModel();
}

int QuotesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !article_ ? 0 : article_->quoteCount();
}

int QuotesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuotesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int quote = index.row();
    const whosaid::Quote& q = article_->quote(quote);
    if (role == ModelRoles::Quote)
        return quote;
    if (role == ModelRoles::Position)
        return q.span.start;
    if (role == Qt::ToolTipRole && index.column() == Words)
        return article_->slice(q.span).simplified();
    if (role == Qt::ToolTipRole && index.column() == Speaker && q.verified)
        return verifiedText();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Words: {
        // Long quotations are cut for the table; the tooltip has them whole.
        constexpr int shown = 90;
        const QString words = article_->slice(q.span).simplified();
        return words.size() > shown ? words.left(shown) + QStringLiteral("…") : words;
    }
    case Kind:
        return kindName(q.kind);
    case Speaker:
        // The mark of a speaker a person confirmed (review mode, confirm-speaker).
        return q.verified ? article_->speakerLabel(quote) + QStringLiteral(" ✓")
                          : article_->speakerLabel(quote);
    case Sources:
        return article_->sourceNames(quote).join(QStringLiteral(", "));
    case Paragraph:
        return article_->paragraphNumber(q.span.start);
    case Rule:
        return QString::fromStdString(q.rule);
    default:
        return {};
    }
}

QVariant QuotesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Words:
        return tr("Quotation");
    case Kind:
        return tr("Kind");
    case Speaker:
        return tr("Speaker");
    case Sources:
        return tr("Sources");
    case Paragraph:
        return tr("¶");
    case Rule:
        return tr("Rule");
    default:
        return {};
    }
}

QString QuotesModel::kindName(whosaid::QuoteKind kind) {
    switch (kind) {
    case whosaid::QuoteKind::Direct:
        return tr("direct");
    case whosaid::QuoteKind::Partial:
        return tr("partial");
    case whosaid::QuoteKind::Indirect:
        return tr("reported");
    }
    return {};
}

QString QuotesModel::verifiedText() {
    return tr("Speaker checked by a person");
}

void QuotesModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    const int rows = rowCount();
    if (rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
}
