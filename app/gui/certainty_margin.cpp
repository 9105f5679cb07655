#include "certainty_margin.h"

#include "article.h"
#include "whosaid/certainty.h"

#include <QFontMetrics>
#include <QPainter>
#include <QScrollBar>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextFrame>
#include <algorithm>
#include <map>

std::vector<CertaintyMargin::Mark> CertaintyMargin::marks(const QTextEdit& view,
                                                          const Article& article, int from, int to,
                                                          bool showQuoted, bool showReported) {
    const auto& quotes = article.document().quotes;
    // Quotations are in text order: the first one starting at from or later.
    auto it = std::lower_bound(quotes.begin(), quotes.end(), from,
                               [](const whosaid::Quote& q, int p) { return q.span.start < p; });
    const QFontMetrics metrics(view.document()->defaultFont());
    const int width = metrics.horizontalAdvance(QStringLiteral("◐"));
    const int margin = static_cast<int>(view.document()->rootFrame()->frameFormat().leftMargin());
    // One mark per line (by its top): the least sure of the quotations starting there.
    std::map<int, std::pair<whosaid::Certainty, int>> perLine;
    for (; it != quotes.end() && it->span.start < to; ++it) {
        const bool reported = it->kind == whosaid::QuoteKind::Indirect;
        if (reported ? !showReported : !showQuoted)
            continue;
        const int quote = static_cast<int>(it - quotes.begin());
        QTextCursor cursor(view.document());
        cursor.setPosition(std::clamp(it->marks.empty() ? it->span.start : it->marks.start, 0,
                                      view.document()->characterCount() - 1));
        const QRect line = view.cursorRect(cursor);
        const whosaid::Certainty certainty = whosaid::certainty_of(*it);
        auto [slot, fresh] = perLine.try_emplace(line.top(), certainty, quote);
        if (!fresh && certainty < slot->second.first)
            slot->second = {certainty, quote};
    }
    std::vector<Mark> out;
    out.reserve(perLine.size());
    for (const auto& [top, level] : perLine) {
        const int left = std::max(0, margin - width - metrics.averageCharWidth()) -
                         view.horizontalScrollBar()->value();
        const QRect rect(left, top, width, metrics.height());
        out.push_back(
            {level.second, rect, QString::fromUtf8(whosaid::certainty_mark(level.first))});
    }
    return out;
}

void CertaintyMargin::paint(QPainter& painter, const QTextEdit& view,
                            const std::vector<Mark>& marks) {
    painter.save();
    painter.setFont(view.document()->defaultFont());
    painter.setPen(view.palette().color(QPalette::Text));
    for (const Mark& mark : marks)
        painter.drawText(mark.rect, Qt::AlignCenter, mark.symbol);
    painter.restore();
}
