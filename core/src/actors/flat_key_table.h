#pragma once

#include "support/key_hash.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::actors {

// A frozen map from folded keys to 16-bit values, for lookups once per token: one flat
// power-of-two array probed linearly, the keys packed in one buffer. Cheaper than a
// node-based map (no bucket division, no pointer chasing, few cache lines per lookup).
class FlatKeyTable {
public:
    FlatKeyTable() = default;
    // Copies every entry of map; entries whose value is 0 are dropped (0 means "absent").
    explicit FlatKeyTable(const support::KeyMap<uint16_t>& map);

    // The value of key, or 0 when the table does not hold it.
    uint16_t find(std::u16string_view key) const {
        if (slots_.empty())
            return 0;
        const size_t hash = support::KeyHash{}(key);
        const auto tag = static_cast<uint32_t>(hash >> 32);
        for (size_t at = hash & mask_;; at = (at + 1) & mask_) {
            const Slot& slot = slots_[at];
            if (slot.value == 0)
                return 0;
            if (slot.tag == tag && slot.length == key.size() &&
                std::u16string_view(keys_.data() + slot.offset, slot.length) == key)
                return slot.value;
        }
    }
    size_t size() const { return count_; }

private:
    struct Slot {
        uint32_t offset = 0; // of the key in keys_
        uint32_t tag = 0;    // high bits of the hash: most mismatches end here
        uint16_t length = 0;
        uint16_t value = 0; // 0 marks an empty slot
    };

    std::vector<Slot> slots_;
    std::u16string keys_;
    size_t mask_ = 0;
    size_t count_ = 0;
};

} // namespace whosaid::actors
