#pragma once

#include "quotes/folded_word_hash.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::quotes {

// The WordClass bits of folded words: an open-addressing table, searched once per token
// of every document. Most tokens are no lexicon word; a table at most a quarter full
// answers them at the first empty slot, without following bucket lists or allocating.
class WordClassTable {
public:
    // Adds word_class to the bits of word (a folded, non-empty word).
    void add(std::u16string_view word, uint32_t word_class);
    // The bits of word, 0 when it has none.
    uint32_t find(std::u16string_view word) const {
        if (word.size() == 1 && word[0] < 0x80)
            return ascii_[word[0]]; // punctuation and one-letter words, a third of the tokens
        if (word.empty() || word.size() > max_length_)
            return 0;
        const uint64_t h = hash(word);
        for (size_t i = h & mask_;; i = (i + 1) & mask_) {
            const Slot& slot = slots_[i];
            if (slot.word.empty())
                return 0;
            if (slot.hash == h && slot.word == word)
                return slot.classes;
        }
    }

private:
    struct Slot {
        std::u16string word; // empty: a free slot
        uint64_t hash = 0;
        uint32_t classes = 0;
    };

    static uint64_t hash(std::u16string_view word) { return folded_word_hash(word); }
    void grow();

    std::array<uint32_t, 128> ascii_{}; // the bits of one-unit ASCII words, by unit
    std::vector<Slot> slots_ = std::vector<Slot>(16);
    size_t mask_ = 15;
    size_t count_ = 0;
    size_t max_length_ = 0;
};

} // namespace whosaid::quotes
