#pragma once

#include "corrections/wavelet_matrix.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace whosaid::corrections {

// The occurrences of one anchor text in an article, sorted twice: by the text just before
// them (read backwards) and by the text just after them, up to `context` units each. The
// occurrences that agree with an anchor on at least d units before and e units after are
// then a range in each order, and a wavelet matrix counts those in both ranges in
// logarithmic time. So finding the occurrence whose context agrees best with an anchor costs
// about (d+1)(e+1) counts instead of a comparison with every occurrence: a file of many
// entries pointing at a common word is not proportional to the article per entry.
class OccurrenceIndex {
public:
    static constexpr std::size_t kMaxContext = 32; // longer contexts are cut to this
    // positions: where the text of that length occurs in article, ascending, not empty.
    OccurrenceIndex(std::u16string_view article, std::size_t length,
                    std::vector<uint32_t> positions, std::size_t context);

    struct Best {
        std::size_t score = 0; // units of context that agree, before and after together
        std::size_t count = 0; // occurrences with that score
        uint32_t position = 0; // the occurrence, when count is 1
    };
    // The best agreement with before and after, as a scan of every occurrence scores it
    // (common suffix with before plus common prefix with after). Precondition:
    // before.size() and after.size() are at most context.
    Best best(std::u16string_view before, std::u16string_view after) const;

private:
    using Range = std::pair<std::size_t, std::size_t>; // [first, second) in one order

    // Compares an occurrence's context with the first `units` units of a wanted one.
    int compare_before(uint32_t occurrence, std::u16string_view before, std::size_t units) const;
    int compare_after(uint32_t occurrence, std::u16string_view after, std::size_t units) const;
    Range before_range(std::u16string_view before, std::size_t units) const;
    Range after_range(std::u16string_view after, std::size_t units) const;
    // How many units of before and of after the occurrence's context agrees with.
    std::pair<std::size_t, std::size_t>
    agreeing(std::u16string_view before, std::u16string_view after, uint32_t occurrence) const;

    std::u16string_view article_;
    std::size_t length_;
    std::size_t context_;
    std::vector<uint32_t> positions_;
    std::vector<uint32_t> by_before_; // occurrence numbers in the order of their context before
    std::vector<uint32_t> by_after_;  // and after
    WaveletMatrix after_ranks_;       // the rank in by_after_ of each entry of by_before_
};

} // namespace whosaid::corrections
