#include "quotes_model.h"

#include "article.h"
#include "attribution_explainer.h"
#include "model_roles.h"
#include "whosaid/certainty.h"

#include <QFont>
#include <QLocale>

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
    if (role == ModelRoles::Entity)
        return article_->speakerEntity(quote);
    if (role == ModelRoles::Speakers) {
        QVariantList speakers;
        for (const int e : article_->speakerEntities(quote))
            speakers << e;
        return speakers;
    }
    if (role == ModelRoles::SortKey)
        return sortKey(quote, index.column());
    if (role == Qt::ToolTipRole)
        return toolTip(quote, index.column());
    // An unattributed quotation reads as such, not as one more name.
    if (role == Qt::FontRole && index.column() == Speaker && !q.speaker) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
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
    case Certainty:
        return q.verified ? QStringLiteral("✓ ") + verifiedText()
                          : AttributionExplainer::certaintyLabel(whosaid::certainty_of(q));
    case Sources:
        return article_->sourceNames(quote).join(QStringLiteral(", "));
    case Paragraph:
        return article_->paragraphCell(q.span.start);
    case Rule:
        return AttributionExplainer::explain(*article_, quote);
    default:
        return {};
    }
}

QVariant QuotesModel::sortKey(int quote, int column) const {
    const whosaid::Quote& q = article_->quote(quote);
    switch (column) {
    case Certainty:
        // Unattributed below every attributed quotation; the proxy's stable sort keeps
        // ties in text order.
        return q.speaker ? q.confidence : -1.0;
    case Words:
    case Paragraph:
        return q.span.start;
    default:
        return data(index(quote, column), Qt::DisplayRole).toString();
    }
}

QVariant QuotesModel::toolTip(int quote, int column) const {
    const whosaid::Quote& q = article_->quote(quote);
    switch (column) {
    case Words:
        return article_->slice(q.span).simplified();
    case Speaker:
        return q.verified ? QVariant(verifiedText()) : QVariant();
    case Certainty:
    case Rule: {
        const whosaid::Certainty certainty = whosaid::certainty_of(q);
        QString tip = QStringLiteral("<b>%1</b>")
                          .arg(AttributionExplainer::certaintyLabel(certainty).toHtmlEscaped());
        if (q.speaker)
            tip += QStringLiteral(" ") +
                   tr("(confidence %1)").arg(QLocale().toString(q.confidence, 'f', 2));
        tip += QStringLiteral("<br/>") + AttributionExplainer::explainHtml(*article_, quote);
        if (!q.rule.empty())
            tip += QStringLiteral("<br/><small><code>%1</code></small>")
                       .arg(QString::fromStdString(q.rule).toHtmlEscaped());
        return tip;
    }
    case Paragraph: {
        const QString tip = article_->paragraphToolTip(q.span.start);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
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
    case Certainty:
        return tr("Certainty");
    case Sources:
        return tr("Sources");
    case Paragraph:
        return tr("¶");
    case Rule:
        return tr("Why");
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
