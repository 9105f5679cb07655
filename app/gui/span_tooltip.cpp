#include "span_tooltip.h"

#include "article.h"
#include "attribution_explainer.h"
#include "highlight_style.h"
#include "quotes_model.h"
#include "whosaid/certainty.h"

QString SpanTooltip::at(const Article& article, int position) {
    int entity = -1;
    int quote = -1;
    for (const whosaid::IndexedSpan& span : article.index().at(position)) {
        if (span.role == whosaid::SpanRole::Quote || span.role == whosaid::SpanRole::Cue) {
            if (quote < 0)
                quote = span.owner;
        } else if (entity < 0 && span.owner >= 0) {
            entity = span.owner;
        }
    }
    QStringList parts;
    if (entity >= 0)
        parts << forEntity(article, entity);
    if (quote >= 0)
        parts << forQuote(article, quote);
    return parts.join(QStringLiteral("<hr/>"));
}

QString SpanTooltip::forEntity(const Article& article, int entity) {
    const whosaid::Entity& e = article.entity(entity);
    return tr("<b>%1</b> (%2)<br/>%Ln mention(s)", "", article.mentionCount(entity))
               .arg(article.entityName(entity).toHtmlEscaped(),
                    HighlightStyle::entityKindName(e.kind)) +
           QStringLiteral(", ") + tr("%Ln quotation(s)", "", article.quotationCount(entity));
}

QString SpanTooltip::forQuote(const Article& article, int quote) {
    const whosaid::Quote& q = article.quote(quote);
    const QStringList sources = article.sourceNames(quote);
    // "none" agrees with its noun in some languages (French: aucun verbe, aucune source).
    const QString cue = q.cue ? article.slice(*q.cue) : tr("none", "no speech cue");
    const QString certainty =
        AttributionExplainer::certaintyLabel(whosaid::certainty_of(q)).toHtmlEscaped();
    const QString tip =
        tr("<b>Quotation</b> (%5)<br/>Speaker: %1<br/>Certainty: %6<br/>Why: %4<br/>Cue: "
           "%2<br/>Sources: %3")
            .arg(article.speakerLabel(quote).toHtmlEscaped(), cue.toHtmlEscaped(),
                 sources.isEmpty() ? tr("none", "no sources")
                                   : sources.join(QStringLiteral(", ")).toHtmlEscaped(),
                 AttributionExplainer::explainHtml(article, quote), QuotesModel::kindName(q.kind),
                 certainty);
    return q.verified ? tip + QStringLiteral("<br/>✓ ") + QuotesModel::verifiedText() : tip;
}
