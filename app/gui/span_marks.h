#pragma once

#include <QColor>
#include <vector>

// Emphasis marks laid over the article text (the selected actor's mentions, a quotation, the
// find matches), kept sorted so that the marks meeting a range of positions are found in
// O(log n + k). The reading view hands Qt only the marks near the screen: Qt's extra
// selections cost time per mark on every change and every paint, which made selecting an
// actor with thousands of mentions slow.
class SpanMarks {
public:
    struct Mark {
        int start = 0;
        int end = 0;
        QColor color;
        bool strong = false; // the current mention or match: bolder, outlined
    };

    // Replaces the marks (in any order).
    void set(std::vector<Mark> marks);
    void clear() { set({}); }
    bool empty() const { return marks_.empty(); }
    size_t size() const { return marks_.size(); }
    const std::vector<Mark>& all() const { return marks_; }

    // Calls visit(mark) for every mark meeting [from, to), in order of start.
    template <typename Visit> void forEachMeeting(int from, int to, Visit visit) const {
        for (size_t i = firstEndingAfter(from); i < marks_.size() && marks_[i].start < to; ++i)
            if (marks_[i].end > from)
                visit(marks_[i]);
    }

private:
    // The first mark whose running maximum end exceeds from: no earlier mark reaches it.
    size_t firstEndingAfter(int from) const;

    std::vector<Mark> marks_; // by start
    std::vector<int> maxEnd_; // maxEnd_[i]: the largest end among marks_[0..i]
};
