#include "reading_view.h"

#include "article.h"
#include "display_text.h"
#include "highlight_style.h"
#include "span_tooltip.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTimer>
#include <QToolTip>
#include <algorithm>
#include <climits>

namespace {
constexpr int kColumnCharacters = 70;
constexpr int kBasePointSize = 12;
constexpr int kMinimumSideMargin = 16;
// Up to this many marks Qt gets them all; past it, only those near the screen.
constexpr size_t kAllMarksLimit = 400;
// Highlights formatted at once: about a tenth of a second.
constexpr size_t kSpansPerBatch = 20000;
} // namespace

ReadingView::ReadingView(QWidget* parent) : QTextBrowser(parent), moreFormats_(new QTimer(this)) {
    moreFormats_->setSingleShot(true);
    moreFormats_->setInterval(0);
    connect(moreFormats_, &QTimer::timeout, this, [this] {
        QTextCursor cursor(document());
        cursor.beginEditBlock();
        formatSpans(cursor);
        cursor.endEditBlock();
    });
    setOpenLinks(false);
    setAcceptDrops(false);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setAccessibleName(tr("Article"));
    for (HighlightKind kind : kAllHighlightKinds)
        visibleKinds_.insert(kind);
    document()->setDefaultFont(bodyFont());
    setMouseTracking(true);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (selectionMarks_.size() + matches_.size() > kAllMarksLimit)
            updateExtraSelections();
    });
}

ReadingView::~ReadingView() = default;

void ReadingView::setArticle(std::shared_ptr<const Article> article) {
    article_ = std::move(article);
    selectionMarks_.clear();
    matches_.clear();
    currentMatch_ = -1;
    selectedQuote_ = -1;
    setPlainText(article_ ? DisplayText::of(article_->text()) : QString());
    applyFormats();
    updateExtraSelections();
    verticalScrollBar()->setValue(0);
}

void ReadingView::setKindVisible(HighlightKind kind, bool visible) {
    if (visible == isKindVisible(kind))
        return;
    if (visible)
        visibleKinds_.insert(kind);
    else
        visibleKinds_.erase(kind);
    const int scroll = verticalScrollBar()->value();
    applyFormats();
    verticalScrollBar()->setValue(scroll);
}

bool ReadingView::isDark() const {
    return palette().color(QPalette::Base).lightness() < 128;
}

QFont ReadingView::bodyFont() const {
    QFont font(serif_ ? QStringLiteral("Serif") : QStringLiteral("Sans Serif"));
    font.setStyleHint(serif_ ? QFont::Serif : QFont::SansSerif);
    font.setPointSize(std::max(6, kBasePointSize + zoom_));
    return font;
}

// Formats live in the document (not ExtraSelections) so that painting stays cheap on long
// articles; hiding a kind resets every format and merges the visible kinds again. A long
// article gets its first kSpansPerBatch highlights at once (the top of the text, spans being
// sorted by position) and the rest in batches between events, so that the window stays
// responsive: on 30 MB the highlights take seconds.
void ReadingView::applyFormats() {
    QTextDocument* doc = document();
    doc->setDefaultFont(bodyFont());
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.setCharFormat(QTextCharFormat());
    QTextBlockFormat block;
    block.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
    cursor.mergeBlockFormat(block);
    nextSpan_ = 0;
    if (article_ && article_->document().title) {
        const whosaid::Span title = *article_->document().title;
        cursor.setPosition(title.start);
        cursor.setPosition(title.end, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setFontPointSize(bodyFont().pointSizeF() * 1.6);
        format.setFontWeight(QFont::Bold);
        cursor.mergeCharFormat(format);
    }
    formatSpans(cursor);
    cursor.endEditBlock();
    updateColumn();
}

void ReadingView::formatSpans(QTextCursor& cursor) {
    const size_t count = article_ ? article_->index().spans().size() : 0;
    const size_t end = std::min(count, nextSpan_ + kSpansPerBatch);
    const bool dark = isDark();
    for (; nextSpan_ < end; ++nextSpan_) {
        const whosaid::IndexedSpan& span = article_->index().spans()[nextSpan_];
        const std::optional<HighlightKind> kind =
            HighlightStyle::forSpan(article_->document(), span);
        if (!kind || !isKindVisible(*kind))
            continue;
        cursor.setPosition(span.span.start);
        cursor.setPosition(span.span.end, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(HighlightStyle::format(*kind, dark));
    }
    const bool more = nextSpan_ < count;
    if (more)
        moreFormats_->start();
    else
        moreFormats_->stop();
    if (more || end > kSpansPerBatch)
        emit formattingProgress(static_cast<int>(nextSpan_ * 100 / count));
}

void ReadingView::updateColumn() {
    const QFontMetricsF metrics(bodyFont());
    const qreal column = metrics.averageCharWidth() * kColumnCharacters;
    const qreal side = std::max<qreal>(kMinimumSideMargin, (viewport()->width() - column) / 2.0);
    QTextFrameFormat frame = document()->rootFrame()->frameFormat();
    if (qAbs(frame.leftMargin() - side) < 1.0)
        return;
    // The new margins lay the text out again: the line at the top of the screen stays there
    // (a new language narrows the panels, and the reader must not be sent to the top).
    const int top =
        verticalScrollBar()->value() > 0 ? cursorForPosition(QPoint(0, 0)).position() : -1;
    frame.setLeftMargin(side);
    frame.setRightMargin(side);
    frame.setTopMargin(metrics.height() * 1.5);
    frame.setBottomMargin(metrics.height() * 3);
    document()->rootFrame()->setFrameFormat(frame);
    if (top < 0)
        return;
    (void)document()->documentLayout()->documentSize();
    QTextCursor cursor(document());
    cursor.setPosition(top);
    verticalScrollBar()->setValue(verticalScrollBar()->value() + cursorRect(cursor).top());
}

void ReadingView::resizeEvent(QResizeEvent* event) {
    QTextBrowser::resizeEvent(event);
    updateColumn();
}

void ReadingView::changeEvent(QEvent* event) {
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Article"));
    if (event->type() == QEvent::PaletteChange) {
        applyFormats();
        updateExtraSelections();
    }
}

QTextEdit::ExtraSelection ReadingView::emphasis(const SpanMarks::Mark& mark) const {
    QTextEdit::ExtraSelection selection;
    selection.cursor = QTextCursor(document());
    selection.cursor.setPosition(mark.start);
    selection.cursor.setPosition(mark.end, QTextCursor::KeepAnchor);
    QColor background = mark.color;
    background.setAlpha(mark.strong ? 150 : 70);
    selection.format.setBackground(background);
    if (mark.strong) {
        selection.format.setFontWeight(QFont::Bold);
        selection.format.setProperty(QTextFormat::OutlinePen, QPen(mark.color));
    }
    return selection;
}

void ReadingView::setSelectedEntity(int entity, int current) {
    selectedQuote_ = -1; // the actor's marks replace the quotation's
    std::vector<SpanMarks::Mark> marks;
    if (article_ && entity >= 0 && entity < article_->entityCount()) {
        const whosaid::Entity& e = article_->entity(entity);
        const QColor hue = HighlightStyle::color(HighlightStyle::forEntity(e.kind), isDark());
        marks.reserve(e.mentions.size());
        for (int i = 0; i < static_cast<int>(e.mentions.size()); ++i) {
            const whosaid::Span span = e.mentions[static_cast<size_t>(i)].span;
            marks.push_back({span.start, span.end, hue, i == current});
        }
    }
    selectionMarks_.set(std::move(marks));
    if (article_ && entity >= 0 && entity < article_->entityCount()) {
        const whosaid::Entity& e = article_->entity(entity);
        if (current >= 0 && current < static_cast<int>(e.mentions.size()))
            scrollToSpan(e.mentions[static_cast<size_t>(current)].span.start,
                         e.mentions[static_cast<size_t>(current)].span.end);
    }
    updateExtraSelections();
}

void ReadingView::setSelectedQuote(int quote) {
    selectionMarks_.clear();
    selectedQuote_ = article_ && quote >= 0 && quote < article_->quoteCount() ? quote : -1;
    if (selectedQuote_ >= 0) {
        const whosaid::Quote& q = article_->quote(quote);
        const whosaid::Span span = q.marks.empty() ? q.span : q.marks;
        const QColor hue = HighlightStyle::color(HighlightKind::Speaker, isDark());
        std::vector<SpanMarks::Mark> marks = {{span.start, span.end, hue, false}};
        // The words that decided the speaker, outlined: a wrong attribution is traced to them.
        if (q.speaker && q.speaker->mention && !q.speaker->mention->empty())
            marks.push_back({q.speaker->mention->start, q.speaker->mention->end, hue, true});
        // Each actor of a group, where the attribution names it.
        if (q.speaker)
            for (const whosaid::Span& member : q.speaker->mentions)
                if (!member.empty() && member != q.speaker->mention)
                    marks.push_back({member.start, member.end, hue, true});
        selectionMarks_.set(std::move(marks));
        scrollToSpan(span.start, span.end);
    }
    updateExtraSelections();
}

void ReadingView::scrollToSpan(int start, int end) {
    QTextCursor cursor(document());
    cursor.setPosition(end);
    setTextCursor(cursor);
    cursor.setPosition(start);
    setTextCursor(cursor);
    ensureCursorVisible();
    // ensureCursorVisible() stops at the edge of the screen: a name found at the bottom
    // edge has no context below it. Out of the middle three fifths, centre it.
    const QRect rect = cursorRect(cursor);
    const int height = viewport()->height();
    if (rect.top() < height / 5 || rect.bottom() > height * 4 / 5)
        verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.center().y() -
                                      height / 2);
}

std::vector<CertaintyMargin::Mark> ReadingView::certaintyMarks() const {
    if (!article_)
        return {};
    const int from = cursorForPosition(QPoint(0, 0)).position();
    const int to = cursorForPosition(QPoint(viewport()->width(), viewport()->height())).position();
    // A quotation starting just above the screen may have its mark's line on it.
    return CertaintyMargin::marks(*this, *article_, std::max(0, from - 200), to + 1,
                                  isKindVisible(HighlightKind::Quotation),
                                  isKindVisible(HighlightKind::Reported));
}

void ReadingView::paintEvent(QPaintEvent* event) {
    QTextBrowser::paintEvent(event);
    if (!article_)
        return;
    QPainter painter(viewport());
    CertaintyMargin::paint(painter, *this, certaintyMarks());
}

void ReadingView::updateExtraSelections() {
    const bool few = selectionMarks_.size() + matches_.size() <= kAllMarksLimit;
    const auto [from, to] = few ? std::pair{0, INT_MAX} : nearScreen();
    QList<QTextEdit::ExtraSelection> shown;
    selectionMarks_.forEachMeeting(from, to,
                                   [&](const SpanMarks::Mark& mark) { shown << emphasis(mark); });
    const QColor found = palette().color(QPalette::Highlight);
    // Matches do not overlap, so their ends are sorted like their starts.
    auto match = std::upper_bound(matches_.begin(), matches_.end(), from,
                                  [](int position, const auto& m) { return position < m.second; });
    for (; match != matches_.end() && match->first < to; ++match) {
        const bool current = match - matches_.begin() == currentMatch_;
        shown << emphasis({match->first, match->second, found, current});
    }
    setExtraSelections(shown);
}

std::pair<int, int> ReadingView::nearScreen() const {
    QAbstractTextDocumentLayout* layout = document()->documentLayout();
    // Positions are only known once laid out: Qt lays long texts out lazily, in steps.
    (void)layout->documentSize();
    const qreal height = std::max(viewport()->height(), 1);
    const qreal top = verticalScrollBar()->value() - height;
    const qreal bottom = verticalScrollBar()->value() + 2 * height;
    const int from = top <= 0 ? 0 : layout->hitTest(QPointF(0, top), Qt::FuzzyHit);
    const int to = layout->hitTest(QPointF(document()->textWidth(), bottom), Qt::FuzzyHit);
    return {std::max(0, from), to < 0 ? INT_MAX : to + 1};
}

void ReadingView::setZoom(int steps) {
    zoom_ = std::clamp(steps, -6, 24);
    const int scroll = verticalScrollBar()->value();
    applyFormats();
    verticalScrollBar()->setValue(scroll);
}

void ReadingView::setSerif(bool serif) {
    serif_ = serif;
    applyFormats();
}

int ReadingView::setSearch(const QString& text) {
    matches_.clear();
    currentMatch_ = -1;
    if (!text.isEmpty()) {
        QTextCursor cursor(document());
        while (true) {
            cursor = document()->find(text, cursor);
            if (cursor.isNull())
                break;
            matches_.emplace_back(cursor.selectionStart(), cursor.selectionEnd());
        }
    }
    updateExtraSelections();
    return static_cast<int>(matches_.size());
}

int ReadingView::findNext(bool backward) {
    if (matches_.empty())
        return -1;
    const int count = static_cast<int>(matches_.size());
    currentMatch_ = currentMatch_ < 0 ? (backward ? count - 1 : 0)
                                      : (currentMatch_ + (backward ? count - 1 : 1)) % count;
    const auto& [start, end] = matches_[static_cast<size_t>(currentMatch_)];
    scrollToSpan(start, end);
    updateExtraSelections();
    return currentMatch_;
}

int ReadingView::positionAt(const QPoint& viewportPoint) const {
    const QTextCursor cursor = cursorForPosition(viewportPoint);
    if (cursor.isNull())
        return -1;
    // cursorForPosition gives the nearest gap between characters; the character under
    // the point is the one after the gap when the point lies right of it.
    int position = cursor.position();
    const QRect gap = cursorRect(cursor);
    if (viewportPoint.x() < gap.left() && position > 0)
        --position;
    return position;
}

bool ReadingView::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip && article_) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint point = viewport()->mapFromGlobal(help->globalPos());
        const QString tip = SpanTooltip::at(*article_, positionAt(point));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QTextBrowser::event(event);
}

void ReadingView::mouseReleaseEvent(QMouseEvent* event) {
    QTextBrowser::mouseReleaseEvent(event);
    if (!article_ || event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const int position = positionAt(event->position().toPoint());
    for (const whosaid::IndexedSpan& span : article_->index().at(position)) {
        if (span.role != whosaid::SpanRole::Quote && span.role != whosaid::SpanRole::Cue &&
            span.owner >= 0) {
            emit entityClicked(span.owner, position);
            return;
        }
    }
    for (const whosaid::IndexedSpan& span : article_->index().at(position)) {
        if (span.role == whosaid::SpanRole::Quote) {
            emit quoteClicked(span.owner);
            return;
        }
    }
    emit emptyClicked();
}

bool ReadingView::isFormatting() const {
    return moreFormats_->isActive();
}
