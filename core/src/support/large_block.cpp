#include "support/large_block.h"

#include <cstdint>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace whosaid::support {

namespace {

constexpr size_t kHugePage = size_t{2} << 20;

size_t round_to_huge_pages(size_t bytes) {
    return (bytes + kHugePage - 1) / kHugePage * kHugePage;
}

} // namespace

void* allocate_large_block(size_t bytes) {
#ifdef __linux__
    if (bytes >= kLargeBlockBytes) {
        // Map one huge page more than needed, then trim both ends so the block starts on a
        // huge-page boundary: the kernel only backs aligned 2 MB ranges with huge pages.
        const size_t size = round_to_huge_pages(bytes);
        void* mapping = mmap(nullptr, size + kHugePage, PROT_READ | PROT_WRITE,
                             MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (mapping == MAP_FAILED)
            throw std::bad_alloc();
        char* const first = static_cast<char*>(mapping);
        const uintptr_t address = reinterpret_cast<uintptr_t>(first);
        char* const block = first + (kHugePage - address % kHugePage) % kHugePage;
        if (block > first)
            munmap(first, static_cast<size_t>(block - first));
        char* const tail = block + size;
        char* const mapping_end = first + size + kHugePage;
        if (mapping_end > tail)
            munmap(tail, static_cast<size_t>(mapping_end - tail));
        madvise(block, size, MADV_HUGEPAGE);
        return block;
    }
#endif
    return ::operator new(bytes);
}

void release_large_block(void* block, size_t bytes) noexcept {
#ifdef __linux__
    if (bytes >= kLargeBlockBytes) {
        munmap(block, round_to_huge_pages(bytes));
        return;
    }
#endif
    ::operator delete(block);
}

} // namespace whosaid::support
