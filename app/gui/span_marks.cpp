#include "span_marks.h"

#include <algorithm>

void SpanMarks::set(std::vector<Mark> marks) {
    marks_ = std::move(marks);
    std::stable_sort(marks_.begin(), marks_.end(),
                     [](const Mark& a, const Mark& b) { return a.start < b.start; });
    maxEnd_.resize(marks_.size());
    int running = 0;
    for (size_t i = 0; i < marks_.size(); ++i) {
        running = i == 0 ? marks_[i].end : std::max(running, marks_[i].end);
        maxEnd_[i] = running;
    }
}

size_t SpanMarks::firstEndingAfter(int from) const {
    return static_cast<size_t>(std::upper_bound(maxEnd_.begin(), maxEnd_.end(), from) -
                               maxEnd_.begin());
}
