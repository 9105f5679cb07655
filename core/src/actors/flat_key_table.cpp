#include "actors/flat_key_table.h"

#include <limits>

namespace whosaid::actors {

FlatKeyTable::FlatKeyTable(const support::KeyMap<uint16_t>& map) {
    size_t capacity = 16;
    // At most half full, so that probe runs stay short.
    while (capacity < 2 * map.size())
        capacity *= 2;
    slots_.resize(capacity);
    mask_ = capacity - 1;
    for (const auto& [key, value] : map) {
        // Keys too long for a slot cannot be words of a lexicon; they are left out, and
        // find() then reports them absent.
        if (value == 0 || key.size() > std::numeric_limits<uint16_t>::max())
            continue;
        const size_t hash = support::KeyHash{}(key);
        size_t at = hash & mask_;
        while (slots_[at].value != 0)
            at = (at + 1) & mask_;
        slots_[at] = Slot{static_cast<uint32_t>(keys_.size()), static_cast<uint32_t>(hash >> 32),
                          static_cast<uint16_t>(key.size()), value};
        keys_.append(key);
        ++count_;
    }
}

} // namespace whosaid::actors
