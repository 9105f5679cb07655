#pragma once

#include "corrections/occurrence_index.h"
#include "whosaid/corrections.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace whosaid::corrections {

// Finds anchors again in one article, for a whole corrections file. An anchor still at its
// recorded place costs only a comparison. Otherwise the article is searched once per
// distinct anchor text (the positions are kept), and the outcome is kept per anchor (text
// and context), so a file of many entries pointing at one common word costs one scan of the
// article, not one per entry. A text relocated more than `scans_before_index` times (many
// entries with different contexts) is then indexed by its contexts (OccurrenceIndex), so
// that scoring an entry against every occurrence is not proportional to the article either.
// Building the index costs about as much as 100–200 scans, so the few stale entries of an
// ordinary file never pay for it, and a hostile file pays at most about twice the best
// choice. The article must not change while the locator is used.
class AnchorLocator {
public:
    static constexpr std::size_t kScansBeforeIndex = 64;

    explicit AnchorLocator(std::u16string_view text,
                           std::size_t scans_before_index = kScansBeforeIndex)
        : text_(text), scans_before_index_(scans_before_index) {}

    // Same contract as whosaid::locate_anchor.
    Result<Span> locate(const TextAnchor& anchor);

private:
    const std::vector<uint32_t>& occurrences(const std::u16string& wanted);
    Result<Span> relocate(const TextAnchor& anchor);
    // The best-agreeing occurrences, by the index or by comparing each.
    OccurrenceIndex::Best best_occurrence(const TextAnchor& anchor,
                                          const std::vector<uint32_t>& positions);

    std::u16string_view text_;
    std::size_t scans_before_index_;
    std::unordered_map<std::u16string, std::size_t> scans_; // relocations per text so far
    std::unordered_map<std::u16string, OccurrenceIndex> indexes_;
    std::unordered_map<std::u16string, std::vector<uint32_t>> occurrences_;
    std::unordered_map<std::u16string, Result<Span>> outcomes_; // key: text, before, after
};

} // namespace whosaid::corrections
