#pragma once

#include <cstddef>
#include <new>

namespace whosaid::support {

// Memory for the per-document arrays that grow with the text (tokens, quotations at work).
// A block of kLargeBlockBytes or more gets a mapping of its own, aligned to 2 MB and marked
// for transparent huge pages: a 50 MB article then takes a few hundred page faults for its
// tokens instead of a hundred thousand, and time per megabyte stays flat as articles grow.
// Smaller blocks come from operator new. Where huge pages are not available the marking is
// a no-op; off Linux every block comes from operator new.
inline constexpr size_t kLargeBlockBytes = size_t{4} << 20;

// A block of at least bytes bytes, aligned for any type; throws std::bad_alloc on failure.
void* allocate_large_block(size_t bytes);
// Releases a block from allocate_large_block, given the same byte count.
void release_large_block(void* block, size_t bytes) noexcept;

// A standard allocator over allocate_large_block, for std::vector.
template <class T> struct LargeArrayAllocator {
    using value_type = T;

    LargeArrayAllocator() = default;
    template <class U> LargeArrayAllocator(const LargeArrayAllocator<U>&) noexcept {}

    T* allocate(size_t count) { return static_cast<T*>(allocate_large_block(count * sizeof(T))); }
    void deallocate(T* block, size_t count) noexcept {
        release_large_block(block, count * sizeof(T));
    }

    template <class U> bool operator==(const LargeArrayAllocator<U>&) const noexcept {
        return true;
    }
};

} // namespace whosaid::support
