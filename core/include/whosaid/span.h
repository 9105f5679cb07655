#pragma once

#include <compare>
#include <cstdint>

namespace whosaid {

// A half-open range [start, end) of UTF-16 code units in Document::text.
struct Span {
    int32_t start = 0;
    int32_t end = 0;

    int32_t length() const { return end - start; }
    bool empty() const { return end <= start; }
    bool contains(int32_t position) const { return start <= position && position < end; }
    bool contains(Span other) const { return start <= other.start && other.end <= end; }
    bool overlaps(Span other) const { return start < other.end && other.start < end; }

    friend auto operator<=>(const Span&, const Span&) = default;
};

} // namespace whosaid
