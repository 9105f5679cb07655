#include "corrections/wavelet_matrix.h"

#include <algorithm>
#include <bit>

namespace whosaid::corrections {

std::size_t WaveletMatrix::Level::ones_until(std::size_t position) const {
    const std::size_t word = position / 64;
    const std::size_t bit = position % 64;
    std::size_t ones = ones_before[word];
    if (bit > 0)
        ones += static_cast<std::size_t>(std::popcount(words[word] & ((uint64_t{1} << bit) - 1)));
    return ones;
}

WaveletMatrix::WaveletMatrix(std::vector<uint32_t> values) : size_(values.size()) {
    uint32_t largest = 0;
    for (uint32_t value : values)
        largest = std::max(largest, value);
    const int bits = std::max(1, static_cast<int>(std::bit_width(largest)));
    std::vector<uint32_t> next(values.size());
    for (int b = bits - 1; b >= 0; --b) {
        Level level;
        level.words.assign(size_ / 64 + 1, 0);
        level.ones_before.assign(size_ / 64 + 1, 0);
        std::size_t zeros = 0;
        for (std::size_t i = 0; i < size_; ++i)
            if ((values[i] >> b) & 1u)
                level.words[i / 64] |= uint64_t{1} << (i % 64);
            else
                ++zeros;
        for (std::size_t w = 1; w < level.words.size(); ++w)
            level.ones_before[w] =
                level.ones_before[w - 1] + static_cast<uint32_t>(std::popcount(level.words[w - 1]));
        level.zeros = zeros;
        // Stable partition: the values with this bit clear first, as the next level sees them.
        std::size_t zero_at = 0;
        std::size_t one_at = zeros;
        for (uint32_t value : values)
            next[((value >> b) & 1u) ? one_at++ : zero_at++] = value;
        values.swap(next);
        levels_.push_back(std::move(level));
    }
}

std::size_t WaveletMatrix::count_less(std::size_t begin, std::size_t end, uint64_t bound) const {
    const auto bits = levels_.size();
    if (bits < 64 && bound >= (uint64_t{1} << bits))
        return end - begin;
    std::size_t less = 0;
    for (std::size_t k = 0; k < bits && begin < end; ++k) {
        const Level& level = levels_[k];
        const std::size_t ones_begin = level.ones_until(begin);
        const std::size_t ones_end = level.ones_until(end);
        if ((bound >> (bits - 1 - k)) & 1u) {
            less += (end - begin) - (ones_end - ones_begin); // the zeros here are smaller
            begin = level.zeros + ones_begin;
            end = level.zeros + ones_end;
        } else {
            begin -= ones_begin;
            end -= ones_end;
        }
    }
    return less;
}

} // namespace whosaid::corrections
