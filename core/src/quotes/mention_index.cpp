#include "quotes/mention_index.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

// Blocks are split when they reach twice this size: small enough that an insert moves
// little, large enough that iterating stays a walk through contiguous memory.
constexpr size_t kBlockSize = 512;

bool mention_order(const IndexedMention& a, const IndexedMention& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end > b.span.end;
}

} // namespace

MentionIndex::Iterator& MentionIndex::Iterator::operator--() {
    if (index_ == 0)
        index_ = (*blocks_)[--block_].size();
    --index_;
    return *this;
}

MentionIndex::MentionIndex(std::vector<IndexedMention> mentions) {
    // Mentions of one span keep no particular order between them, as before the index.
    std::sort(mentions.begin(), mentions.end(), mention_order);
    for (size_t first = 0; first < mentions.size(); first += kBlockSize) {
        const size_t last = std::min(mentions.size(), first + kBlockSize);
        blocks_.emplace_back(mentions.begin() + static_cast<std::ptrdiff_t>(first),
                             mentions.begin() + static_cast<std::ptrdiff_t>(last));
    }
}

MentionIndex::Iterator MentionIndex::lower_bound(int32_t position) const {
    auto block = std::partition_point(blocks_.begin(), blocks_.end(), [position](const auto& b) {
        return b.back().span.start < position;
    });
    if (block == blocks_.end())
        return end();
    auto at = std::partition_point(block->begin(), block->end(),
                                   [position](const auto& m) { return m.span.start < position; });
    return {&blocks_, static_cast<size_t>(block - blocks_.begin()),
            static_cast<size_t>(at - block->begin())};
}

MentionIndex::Iterator MentionIndex::upper_bound(int32_t position) const {
    auto block = std::partition_point(blocks_.begin(), blocks_.end(), [position](const auto& b) {
        return b.back().span.start <= position;
    });
    if (block == blocks_.end())
        return end();
    auto at = std::partition_point(block->begin(), block->end(),
                                   [position](const auto& m) { return m.span.start <= position; });
    return {&blocks_, static_cast<size_t>(block - blocks_.begin()),
            static_cast<size_t>(at - block->begin())};
}

void MentionIndex::insert(const IndexedMention& mention) {
    if (blocks_.empty()) {
        blocks_.push_back({mention});
        return;
    }
    // The first block ending after the mention receives it; past every block, the last one.
    auto block = std::partition_point(blocks_.begin(), blocks_.end(), [&mention](const auto& b) {
        return !mention_order(mention, b.back());
    });
    if (block == blocks_.end())
        --block;
    block->insert(std::upper_bound(block->begin(), block->end(), mention, mention_order), mention);
    if (block->size() < 2 * kBlockSize)
        return;
    std::vector<IndexedMention> upper(block->begin() + kBlockSize, block->end());
    block->resize(kBlockSize);
    blocks_.insert(block + 1, std::move(upper));
}

} // namespace whosaid::quotes
