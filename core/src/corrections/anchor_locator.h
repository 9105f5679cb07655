#pragma once

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
// article, not one per entry. The article must not change while the locator is used.
class AnchorLocator {
public:
    explicit AnchorLocator(std::u16string_view text) : text_(text) {}

    // Same contract as whosaid::locate_anchor.
    Result<Span> locate(const TextAnchor& anchor);

private:
    const std::vector<uint32_t>& occurrences(const std::u16string& wanted);
    Result<Span> relocate(const TextAnchor& anchor);

    std::u16string_view text_;
    std::unordered_map<std::u16string, std::vector<uint32_t>> occurrences_;
    std::unordered_map<std::u16string, Result<Span>> outcomes_; // key: text, before, after
};

} // namespace whosaid::corrections
