#pragma once

#include <QRect>
#include <QString>
#include <vector>

class Article;
class QPainter;
class QTextEdit;

// The certainty marks of the reading view: beside the line where each quotation starts, in
// the margin left of the text column, the symbol of its certainty ("●" sure, "◐" likely,
// "○" unsure, "⊘" unattributed; whosaid::certainty_mark). A symbol, not a colour, so it reads
// in grey and for every colour vision; two quotations starting on one line show the less
// sure one.
class CertaintyMargin {
public:
    struct Mark {
        int quote = -1;
        QRect rect; // in viewport coordinates
        QString symbol;
    };

    // The marks of the quotations starting in [from, to) (text positions) as view lays them
    // out now; showQuoted / showReported: whether quotations in marks / reported speech are
    // highlighted at all.
    static std::vector<Mark> marks(const QTextEdit& view, const Article& article, int from, int to,
                                   bool showQuoted, bool showReported);
    // Draws marks with the view's text colour.
    static void paint(QPainter& painter, const QTextEdit& view, const std::vector<Mark>& marks);
};
