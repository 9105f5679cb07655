#include "support/large_block.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <numeric>
#include <vector>

using whosaid::support::kLargeBlockBytes;
using whosaid::support::LargeArrayAllocator;

TEST_CASE("large blocks hold what is written, small and large alike", "[core][memory]") {
    for (const size_t bytes : {size_t{16}, kLargeBlockBytes - 8, kLargeBlockBytes,
                               kLargeBlockBytes + 12'345, 3 * kLargeBlockBytes}) {
        DYNAMIC_SECTION(bytes << " bytes") {
            std::vector<uint32_t, LargeArrayAllocator<uint32_t>> values(bytes / 4);
            std::iota(values.begin(), values.end(), 7u);
            CHECK(reinterpret_cast<uintptr_t>(values.data()) % alignof(std::max_align_t) == 0);
            if (bytes >= kLargeBlockBytes)
                CHECK(reinterpret_cast<uintptr_t>(values.data()) % (size_t{2} << 20) == 0);
            CHECK(values.front() == 7u);
            CHECK(values.back() == 7u + values.size() - 1);
        }
    }
}

TEST_CASE("a vector grows across the large-block threshold and back", "[core][memory]") {
    std::vector<uint64_t, LargeArrayAllocator<uint64_t>> values;
    for (uint64_t i = 0; i < 2 * kLargeBlockBytes / 8; ++i)
        values.push_back(i * 3);
    CHECK(values[12'345] == 12'345 * 3);
    CHECK(values.back() == (2 * kLargeBlockBytes / 8 - 1) * 3);
    values.resize(10);
    values.shrink_to_fit();
    CHECK(values.size() == 10);
    CHECK(values[9] == 27);
}
