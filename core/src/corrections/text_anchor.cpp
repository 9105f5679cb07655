// Anchors: finding a recorded piece of text again in an article that may have changed.
#include "whosaid/corrections.h"
#include "whosaid/unicode_text.h"

#include <algorithm>
#include <unicode/utf16.h>

namespace whosaid {

namespace {

// Characters of a and b that agree, counting from their ends.
size_t common_suffix(std::u16string_view a, std::u16string_view b) {
    size_t n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n])
        ++n;
    return n;
}

size_t common_prefix(std::u16string_view a, std::u16string_view b) {
    size_t n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

// The anchor text for messages: quoted, cut after 40 units.
std::string shown(std::u16string_view text) {
    constexpr size_t limit = 40;
    if (text.size() <= limit)
        return "'" + to_utf8(text) + "'";
    size_t cut = limit;
    if (U16_IS_LEAD(text[cut - 1]))
        --cut;
    return "'" + to_utf8(text.substr(0, cut)) + "…'";
}

Error stale(std::string message) {
    return Error{ErrorCode::InvalidArgument, std::move(message)};
}

} // namespace

TextAnchor make_anchor(std::u16string_view text, Span span) {
    const auto length = static_cast<int32_t>(text.size());
    span.start = std::clamp(span.start, 0, length);
    span.end = std::clamp(span.end, span.start, length);
    int32_t before_start = std::max(0, span.start - anchor_context_units);
    int32_t after_end = std::min(length, span.end + anchor_context_units);
    // Context never cuts a surrogate pair: the file holds it as UTF-8.
    if (before_start > 0 && U16_IS_TRAIL(text[static_cast<size_t>(before_start)]))
        ++before_start;
    if (after_end < length && U16_IS_TRAIL(text[static_cast<size_t>(after_end)]))
        --after_end;
    TextAnchor anchor;
    anchor.span = span;
    anchor.text = std::u16string(
        text.substr(static_cast<size_t>(span.start), static_cast<size_t>(span.length())));
    anchor.before = std::u16string(text.substr(static_cast<size_t>(before_start),
                                               static_cast<size_t>(span.start - before_start)));
    anchor.after = std::u16string(
        text.substr(static_cast<size_t>(span.end), static_cast<size_t>(after_end - span.end)));
    return anchor;
}

Result<Span> locate_anchor(std::u16string_view text, const TextAnchor& anchor) {
    if (anchor.text.empty())
        return stale("the anchor has no text");
    const std::u16string_view wanted = anchor.text;
    const Span recorded = anchor.span;
    if (recorded.start >= 0 && recorded.length() == static_cast<int32_t>(wanted.size()) &&
        static_cast<size_t>(recorded.end) <= text.size() &&
        text.substr(static_cast<size_t>(recorded.start), wanted.size()) == wanted)
        return recorded;

    // The article changed: score every occurrence by how much of its context still agrees.
    size_t occurrences = 0;
    size_t best_score = 0;
    size_t best_count = 0;
    size_t best_position = 0;
    for (size_t pos = text.find(wanted); pos != std::u16string_view::npos;
         pos = text.find(wanted, pos + 1)) {
        ++occurrences;
        const size_t score = common_suffix(text.substr(0, pos), anchor.before) +
                             common_prefix(text.substr(pos + wanted.size()), anchor.after);
        if (best_count == 0 || score > best_score) {
            best_score = score;
            best_count = 1;
            best_position = pos;
        } else if (score == best_score) {
            ++best_count;
        }
    }
    if (occurrences == 0)
        return stale(shown(wanted) + " is no longer in the article");
    if (best_count > 1)
        return stale(shown(wanted) + " occurs " + std::to_string(best_count) +
                     " times in the same context: cannot tell which is meant");
    const size_t needed = (anchor.before.size() + anchor.after.size() + 1) / 2;
    if (best_score < needed)
        return stale(shown(wanted) + " is no longer in the context it was corrected in");
    const auto start = static_cast<int32_t>(best_position);
    return Span{start, start + static_cast<int32_t>(wanted.size())};
}

} // namespace whosaid
