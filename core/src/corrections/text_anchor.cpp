// Anchors: finding a recorded piece of text again in an article that may have changed.
#include "corrections/anchor_locator.h"
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

// The three parts of an anchor's identity, each preceded by its length (two units), so that
// no two different anchors share a key.
std::u16string outcome_key(const TextAnchor& anchor) {
    std::u16string key;
    key.reserve(anchor.text.size() + anchor.before.size() + anchor.after.size() + 6);
    for (const std::u16string* part : {&anchor.text, &anchor.before, &anchor.after}) {
        const auto size = static_cast<uint32_t>(part->size());
        key += static_cast<char16_t>(size >> 16);
        key += static_cast<char16_t>(size & 0xFFFF);
        key += *part;
    }
    return key;
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
    return corrections::AnchorLocator(text).locate(anchor);
}

namespace corrections {

Result<Span> AnchorLocator::locate(const TextAnchor& anchor) {
    if (anchor.text.empty())
        return stale("the anchor has no text");
    const std::u16string_view wanted = anchor.text;
    const Span recorded = anchor.span;
    if (recorded.start >= 0 && recorded.length() == static_cast<int32_t>(wanted.size()) &&
        static_cast<size_t>(recorded.end) <= text_.size() &&
        text_.substr(static_cast<size_t>(recorded.start), wanted.size()) == wanted)
        return recorded;
    std::u16string key = outcome_key(anchor);
    if (const auto known = outcomes_.find(key); known != outcomes_.end())
        return known->second;
    Result<Span> outcome = relocate(anchor);
    outcomes_.emplace(std::move(key), outcome);
    return outcome;
}

const std::vector<uint32_t>& AnchorLocator::occurrences(const std::u16string& wanted) {
    auto [found, inserted] = occurrences_.try_emplace(wanted);
    if (inserted)
        for (size_t pos = text_.find(wanted); pos != std::u16string_view::npos;
             pos = text_.find(wanted, pos + 1))
            found->second.push_back(static_cast<uint32_t>(pos));
    return found->second;
}

OccurrenceIndex::Best AnchorLocator::best_occurrence(const TextAnchor& anchor,
                                                     const std::vector<uint32_t>& positions) {
    const auto context = static_cast<std::size_t>(anchor_context_units);
    // A hand-made anchor with a longer context than the application records is compared
    // with each occurrence: the index keeps only anchor_context_units of context.
    const bool indexable = anchor.before.size() <= context && anchor.after.size() <= context;
    if (indexable && scans_[anchor.text]++ >= scans_before_index_) {
        auto found = indexes_.find(anchor.text);
        if (found == indexes_.end())
            found = indexes_.try_emplace(anchor.text, text_, anchor.text.size(), positions, context)
                        .first;
        return found->second.best(anchor.before, anchor.after);
    }
    const std::u16string_view wanted = anchor.text;
    OccurrenceIndex::Best best;
    for (const uint32_t pos : positions) {
        const size_t score = common_suffix(text_.substr(0, pos), anchor.before) +
                             common_prefix(text_.substr(pos + wanted.size()), anchor.after);
        if (best.count == 0 || score > best.score)
            best = {score, 1, pos};
        else if (score == best.score)
            ++best.count;
    }
    return best;
}

// The article changed: score every occurrence by how much of its context still agrees.
Result<Span> AnchorLocator::relocate(const TextAnchor& anchor) {
    const std::u16string_view wanted = anchor.text;
    const std::vector<uint32_t>& positions = occurrences(anchor.text);
    if (positions.empty())
        return stale(shown(wanted) + " is no longer in the article");
    const OccurrenceIndex::Best best = best_occurrence(anchor, positions);
    if (best.count > 1)
        return stale(shown(wanted) + " occurs " + std::to_string(best.count) +
                     " times in the same context: cannot tell which is meant");
    const size_t needed = (anchor.before.size() + anchor.after.size() + 1) / 2;
    if (best.score < needed)
        return stale(shown(wanted) + " is no longer in the context it was corrected in");
    const auto start = static_cast<int32_t>(best.position);
    return Span{start, start + static_cast<int32_t>(wanted.size())};
}

} // namespace corrections

} // namespace whosaid
