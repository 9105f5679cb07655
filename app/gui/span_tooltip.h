#pragma once

#include <QCoreApplication>
#include <QString>

class Article;

// Builds the hover text of a position in the article.
class SpanTooltip {
    Q_DECLARE_TR_FUNCTIONS(SpanTooltip)
public:
    // Rich text describing the actor mentioned and the quotation at position (both when
    // the name sits inside a quotation); empty when nothing is highlighted there.
    static QString at(const Article& article, int position);
    // The actor part: canonical name, kind, mention and quotation counts.
    static QString forEntity(const Article& article, int entity);
    // The quotation part: speaker, certainty, why it was attributed, cue and sources.
    static QString forQuote(const Article& article, int quote);
};
