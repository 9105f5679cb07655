#pragma once

#include "certainty_margin.h"
#include "highlight_kind.h"
#include "span_marks.h"

#include <QList>
#include <QTextBrowser>
#include <memory>
#include <set>
#include <utility>
#include <vector>

class Article;
class QTimer;

// The article in a read-only column of comfortable width (about 70 characters, line height
// 150 %), with the highlights of every visible kind, the selected actor's mentions and the
// find matches. Positions are the core's UTF-16 offsets: the text is set verbatim, so a
// QTextCursor position is a Document offset.
class ReadingView : public QTextBrowser {
    Q_OBJECT
public:
    explicit ReadingView(QWidget* parent = nullptr);
    ~ReadingView() override;

    // Shows an article (or nothing for nullptr) and scrolls to its top.
    void setArticle(std::shared_ptr<const Article> article);
    // Shows or hides the formatting of one kind.
    void setKindVisible(HighlightKind kind, bool visible);
    bool isKindVisible(HighlightKind kind) const { return visibleKinds_.count(kind) > 0; }

    // Emphasizes every mention of entity (-1 for none) and scrolls to the mention at
    // current (an index into the entity's mentions, -1 to not scroll).
    void setSelectedEntity(int entity, int current);
    // Emphasizes a quotation (-1 for none) and the mention of its speaker that decided the
    // attribution, and scrolls to the quotation.
    void setSelectedQuote(int quote);
    int selectedQuote() const { return selectedQuote_; }
    // The emphasis marks laid over the text now (selection, speaker mention, find matches
    // excluded).
    const SpanMarks& selectionMarks() const { return selectionMarks_; }
    // The certainty marks beside the quotations on screen (see CertaintyMargin).
    std::vector<CertaintyMargin::Mark> certaintyMarks() const;

    // Zoom in steps of one point; 0 is the default size.
    void setZoom(int steps);
    int zoom() const { return zoom_; }
    // Serif (true) or sans-serif (false) body text.
    void setSerif(bool serif);
    bool isSerif() const { return serif_; }

    // Highlights every occurrence of text (case-insensitive); returns the match count.
    int setSearch(const QString& text);
    // Moves to the next (or previous) match, wrapping; returns its 0-based index or -1.
    int findNext(bool backward);
    int matchCount() const { return static_cast<int>(matches_.size()); }

    // The character under a viewport point, or -1 outside the text.
    int positionAt(const QPoint& viewportPoint) const;
    // Whether highlights of a long article are still being applied (see applyFormats).
    bool isFormatting() const;

signals:
    // A name (mention, speaker or source mention) was clicked at position.
    void entityClicked(int entity, int position);
    // A quotation (outside any name) was clicked.
    void quoteClicked(int quote);
    // A click landed on plain text.
    void emptyClicked();
    // Highlighting a long article in batches: percent done (100 at the end).
    void formattingProgress(int percent);

protected:
    bool event(QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    bool isDark() const;
    QFont bodyFont() const;
    void applyFormats();
    // Merges the formats of the next batch of highlights with cursor; schedules the rest.
    void formatSpans(QTextCursor& cursor);
    void updateColumn();
    // Hands Qt the marks: all of them when they are few, else those near the screen (called
    // again whenever the view scrolls).
    void updateExtraSelections();
    // The positions from one screen above the visible text to one screen below it.
    std::pair<int, int> nearScreen() const;
    // Selects the span's start and, unless it already stands well inside the screen, scrolls
    // to put it in the middle of the view.
    void scrollToSpan(int start, int end);
    QTextEdit::ExtraSelection emphasis(const SpanMarks::Mark& mark) const;

    std::shared_ptr<const Article> article_;
    QTimer* moreFormats_;
    size_t nextSpan_ = 0; // the first highlight (in index order) not yet formatted
    std::set<HighlightKind> visibleKinds_;
    SpanMarks selectionMarks_;
    std::vector<std::pair<int, int>> matches_; // find matches [start, end), in text order
    int currentMatch_ = -1;
    int selectedQuote_ = -1;
    int zoom_ = 0;
    bool serif_ = true;
};
