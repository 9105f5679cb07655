#include "quotes/word_class_table.h"

#include <algorithm>
#include <utility>

namespace whosaid::quotes {

void WordClassTable::add(std::u16string_view word, uint32_t word_class) {
    if (word.empty())
        return;
    if (word.size() == 1 && word[0] < 0x80)
        ascii_[word[0]] |= word_class;
    const uint64_t h = hash(word);
    size_t i = h & mask_;
    for (; !slots_[i].word.empty(); i = (i + 1) & mask_)
        if (slots_[i].hash == h && slots_[i].word == word) {
            slots_[i].classes |= word_class;
            return;
        }
    slots_[i] = {std::u16string(word), h, word_class};
    max_length_ = std::max(max_length_, word.size());
    if (++count_ * 4 > slots_.size())
        grow();
}

void WordClassTable::grow() {
    std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(slots_.size() * 2));
    mask_ = slots_.size() - 1;
    for (Slot& slot : old)
        if (!slot.word.empty()) {
            size_t i = slot.hash & mask_;
            while (!slots_[i].word.empty())
                i = (i + 1) & mask_;
            slots_[i] = std::move(slot);
        }
}

} // namespace whosaid::quotes
