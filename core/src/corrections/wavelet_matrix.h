#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace whosaid::corrections {

// A sequence of integers that answers "how many values in positions [begin, end) are less
// than bound" in O(log of the largest value), whatever the range's length (a wavelet
// matrix: one bit vector with rank counts per bit of the values). Immutable once built.
class WaveletMatrix {
public:
    WaveletMatrix() = default;
    explicit WaveletMatrix(std::vector<uint32_t> values);

    std::size_t size() const { return size_; }
    // Precondition: begin <= end <= size().
    std::size_t count_less(std::size_t begin, std::size_t end, uint64_t bound) const;

private:
    // One bit of every value, in the order of the level, with the ones counted per word.
    struct Level {
        std::vector<uint64_t> words;
        std::vector<uint32_t> ones_before; // ones in the words before each word
        std::size_t zeros = 0;
        std::size_t ones_until(std::size_t position) const;
    };

    std::vector<Level> levels_; // most significant bit first
    std::size_t size_ = 0;
};

} // namespace whosaid::corrections
