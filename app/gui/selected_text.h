#pragma once

#include "whosaid/span.h"

#include <QCoreApplication>
#include <QString>

class Article;

// What a selection in the reading view can become: a missed mention or a missed quotation.
// The raw selection is tidied the way a reader means it (a word cut by the mouse is taken
// whole, spaces, punctuation and quotation marks at the ends are dropped), then checked;
// when it cannot become one, the problem says why in a sentence fit for a tooltip.
class SelectedText {
    Q_DECLARE_TR_FUNCTIONS(SelectedText)
public:
    SelectedText(const Article& article, int start, int end);

    // The name the selection holds, and why it cannot be a new mention (empty when it can).
    whosaid::Span mentionSpan() const { return mention_; }
    QString mentionProblem() const { return mentionProblem_; }
    // The quoted words, marks excluded (the file format anchors a quotation on its words),
    // and why they cannot be a new quotation (empty when they can).
    whosaid::Span quoteSpan() const { return quote_; }
    QString quoteProblem() const { return quoteProblem_; }

private:
    // The selection grown to whole words at both ends.
    whosaid::Span wholeWords(whosaid::Span span) const;
    whosaid::Span trimForMention(whosaid::Span span) const;
    whosaid::Span trimForQuote(whosaid::Span span) const;
    // Why span cannot be added at all (empty, across paragraphs), or empty.
    QString placeProblem(whosaid::Span span, const QString& emptyMessage) const;

    const Article& article_;
    whosaid::Span mention_;
    whosaid::Span quote_;
    QString mentionProblem_;
    QString quoteProblem_;
};
