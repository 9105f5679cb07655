#pragma once

#include "whosaid/document.h"

#include <cstddef>
#include <iterator>
#include <vector>

namespace whosaid::quotes {

// One entity mention, indexed by position.
struct IndexedMention {
    Span span;
    int32_t entity = -1; // index into Document::entities
    MentionForm form = MentionForm::Name;
};

// Entity mentions ordered by start, then longest first; an inserted mention goes after
// the ones equal to it. Stored in blocks of bounded size, so that inserting a mention in
// the middle of a long document shifts one block instead of the whole index: a mention
// added per quotation keeps the attribution linear.
class MentionIndex {
    using Blocks = std::vector<std::vector<IndexedMention>>;

public:
    // A bidirectional position in the index; valid until the next insert.
    class Iterator {
    public:
        using iterator_category = std::bidirectional_iterator_tag;
        using value_type = IndexedMention;
        using difference_type = std::ptrdiff_t;
        using pointer = const IndexedMention*;
        using reference = const IndexedMention&;

        Iterator() = default;
        reference operator*() const { return (*blocks_)[block_][index_]; }
        pointer operator->() const { return &**this; }
        Iterator& operator++() {
            if (++index_ == (*blocks_)[block_].size()) {
                ++block_;
                index_ = 0;
            }
            return *this;
        }
        Iterator operator++(int) {
            Iterator before = *this;
            ++*this;
            return before;
        }
        Iterator& operator--();
        Iterator operator--(int) {
            Iterator before = *this;
            --*this;
            return before;
        }
        bool operator==(const Iterator& other) const {
            return block_ == other.block_ && index_ == other.index_;
        }

    private:
        friend class MentionIndex;
        Iterator(const Blocks* blocks, size_t block, size_t index)
            : blocks_(blocks), block_(block), index_(index) {}

        const Blocks* blocks_ = nullptr;
        size_t block_ = 0;
        size_t index_ = 0;
    };

    // The mentions [first, last), for range-for loops.
    struct Range {
        Iterator first;
        Iterator last;
        Iterator begin() const { return first; }
        Iterator end() const { return last; }
    };

    // Indexes mentions (in any order).
    explicit MentionIndex(std::vector<IndexedMention> mentions);

    Iterator begin() const { return {&blocks_, 0, 0}; }
    Iterator end() const { return {&blocks_, blocks_.size(), 0}; }
    // The first mention starting at or after position.
    Iterator lower_bound(int32_t position) const;
    // The first mention starting after position.
    Iterator upper_bound(int32_t position) const;
    // Adds a mention after the ones that order equal to it. Logarithmic in the number of
    // blocks plus linear in one block's size.
    void insert(const IndexedMention& mention);

private:
    Blocks blocks_; // never holds an empty block
};

} // namespace whosaid::quotes
