#include "corrections/occurrence_index.h"

#include <algorithm>
#include <array>

namespace whosaid::corrections {

OccurrenceIndex::OccurrenceIndex(std::u16string_view article, std::size_t length,
                                 std::vector<uint32_t> positions, std::size_t context)
    : article_(article), length_(length), context_(std::min(context, kMaxContext)),
      positions_(std::move(positions)), by_before_(positions_.size()),
      by_after_(positions_.size()) {
    // Each context copied once, the "before" one read backwards: the sorts then compare
    // contiguous units instead of reaching into the article.
    struct Key {
        std::array<char16_t, kMaxContext> units{};
        uint8_t length = 0;
        uint32_t occurrence = 0;
        bool operator<(const Key& other) const {
            return std::lexicographical_compare(units.begin(), units.begin() + length,
                                                other.units.begin(),
                                                other.units.begin() + other.length);
        }
    };
    std::vector<Key> keys(positions_.size());
    const auto sort_into = [&](std::vector<uint32_t>& order) {
        std::sort(keys.begin(), keys.end());
        for (std::size_t i = 0; i < keys.size(); ++i)
            order[i] = keys[i].occurrence;
    };
    for (uint32_t o = 0; o < positions_.size(); ++o) {
        const std::size_t position = positions_[o];
        Key& key = keys[o];
        key.occurrence = o;
        key.length = static_cast<uint8_t>(std::min(context_, position));
        for (std::size_t k = 0; k < key.length; ++k)
            key.units[k] = article_[position - 1 - k];
    }
    sort_into(by_before_);
    for (Key& key : keys) {
        const std::size_t end = positions_[key.occurrence] + length_;
        key.length = static_cast<uint8_t>(std::min(context_, article_.size() - end));
        for (std::size_t k = 0; k < key.length; ++k)
            key.units[k] = article_[end + k];
    }
    sort_into(by_after_);
    std::vector<uint32_t> rank(positions_.size());
    for (std::size_t r = 0; r < by_after_.size(); ++r)
        rank[by_after_[r]] = static_cast<uint32_t>(r);
    std::vector<uint32_t> values(by_before_.size());
    for (std::size_t i = 0; i < by_before_.size(); ++i)
        values[i] = rank[by_before_[i]];
    after_ranks_ = WaveletMatrix(std::move(values));
}

// Read backwards from the occurrence and from the end of before; a context that ends (the
// article's start) before `units` sorts first.
int OccurrenceIndex::compare_before(uint32_t occurrence, std::u16string_view before,
                                    std::size_t units) const {
    const std::size_t position = positions_[occurrence];
    for (std::size_t k = 0; k < units; ++k) {
        if (k >= position || k >= context_)
            return -1;
        const char16_t mine = article_[position - 1 - k];
        const char16_t wanted = before[before.size() - 1 - k];
        if (mine != wanted)
            return mine < wanted ? -1 : 1;
    }
    return 0;
}

int OccurrenceIndex::compare_after(uint32_t occurrence, std::u16string_view after,
                                   std::size_t units) const {
    const std::size_t end = positions_[occurrence] + length_;
    for (std::size_t k = 0; k < units; ++k) {
        if (end + k >= article_.size() || k >= context_)
            return -1;
        const char16_t mine = article_[end + k];
        if (mine != after[k])
            return mine < after[k] ? -1 : 1;
    }
    return 0;
}

OccurrenceIndex::Range OccurrenceIndex::before_range(std::u16string_view before,
                                                     std::size_t units) const {
    const auto first = std::partition_point(by_before_.begin(), by_before_.end(), [&](uint32_t o) {
        return compare_before(o, before, units) < 0;
    });
    const auto last = std::partition_point(
        first, by_before_.end(), [&](uint32_t o) { return compare_before(o, before, units) == 0; });
    return {static_cast<std::size_t>(first - by_before_.begin()),
            static_cast<std::size_t>(last - by_before_.begin())};
}

OccurrenceIndex::Range OccurrenceIndex::after_range(std::u16string_view after,
                                                    std::size_t units) const {
    const auto first = std::partition_point(by_after_.begin(), by_after_.end(), [&](uint32_t o) {
        return compare_after(o, after, units) < 0;
    });
    const auto last = std::partition_point(
        first, by_after_.end(), [&](uint32_t o) { return compare_after(o, after, units) == 0; });
    return {static_cast<std::size_t>(first - by_after_.begin()),
            static_cast<std::size_t>(last - by_after_.begin())};
}

std::pair<std::size_t, std::size_t> OccurrenceIndex::agreeing(std::u16string_view before,
                                                              std::u16string_view after,
                                                              uint32_t occurrence) const {
    std::size_t units = 0;
    while (units < before.size() && compare_before(occurrence, before, units + 1) == 0)
        ++units;
    std::size_t after_units = 0;
    while (after_units < after.size() && compare_after(occurrence, after, after_units + 1) == 0)
        ++after_units;
    return {units, after_units};
}

OccurrenceIndex::Best OccurrenceIndex::best(std::u16string_view before,
                                            std::u16string_view after) const {
    const std::size_t most_before = before.size();
    const std::size_t most_after = after.size();
    std::vector<Range> befores(most_before + 2, Range{0, 0});
    std::vector<Range> afters(most_after + 2, Range{0, 0});
    for (std::size_t d = 0; d <= most_before; ++d)
        befores[d] = before_range(before, d);
    for (std::size_t e = 0; e <= most_after; ++e)
        afters[e] = after_range(after, e);
    // at_least[d][e]: occurrences agreeing on at least d units before and e after.
    std::vector<std::vector<std::size_t>> at_least(most_before + 2,
                                                   std::vector<std::size_t>(most_after + 2, 0));
    for (std::size_t d = 0; d <= most_before; ++d)
        for (std::size_t e = 0; e <= most_after; ++e) {
            const auto [first, last] = befores[d];
            at_least[d][e] = after_ranks_.count_less(first, last, afters[e].second) -
                             after_ranks_.count_less(first, last, afters[e].first);
        }
    const auto exactly = [&](std::size_t d, std::size_t e) {
        return at_least[d][e] - at_least[d + 1][e] - at_least[d][e + 1] + at_least[d + 1][e + 1];
    };
    for (std::size_t score = most_before + most_after + 1; score-- > 0;) {
        Best found{score, 0, 0};
        std::size_t unique_before = 0;
        for (std::size_t d = score > most_after ? score - most_after : 0;
             d <= std::min(score, most_before); ++d) {
            const std::size_t count = exactly(d, score - d);
            if (count > 0)
                unique_before = d;
            found.count += count;
        }
        if (found.count == 0)
            continue;
        if (found.count == 1) {
            // The one occurrence: looked for in the smaller of its two ranges.
            const std::size_t d = unique_before;
            const std::size_t e = score - d;
            const Range in_before = befores[d];
            const Range in_after = afters[e];
            const bool from_before =
                in_before.second - in_before.first <= in_after.second - in_after.first;
            const auto& order = from_before ? by_before_ : by_after_;
            const Range range = from_before ? in_before : in_after;
            for (std::size_t i = range.first; i < range.second; ++i)
                if (agreeing(before, after, order[i]) == std::pair{d, e}) {
                    found.position = positions_[order[i]];
                    break;
                }
        }
        return found;
    }
    return Best{0, positions_.size(), positions_.front()};
}

} // namespace whosaid::corrections
