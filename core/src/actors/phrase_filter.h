#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace whosaid::actors {

// Decides whether a gazetteer payload may match tokens [first, first + count). A
// reference to a callable, not a copy: building one allocates nothing, and it must not
// outlive the callable (pass a lambda straight to longest()).
class PhraseFilter {
public:
    PhraseFilter() = default;
    template <typename Callable>
    requires(!std::is_same_v<Callable, PhraseFilter>)
        PhraseFilter(const Callable& callable) // NOLINT(google-explicit-constructor): takes lambdas
        : callable_(&callable),
          call_([](const void* f, int32_t payload, size_t first, size_t count) {
              return (*static_cast<const Callable*>(f))(payload, first, count);
          }) {}
    explicit operator bool() const { return call_ != nullptr; }
    bool operator()(int32_t payload, size_t first, size_t count) const {
        return call_(callable_, payload, first, count);
    }

private:
    const void* callable_ = nullptr;
    bool (*call_)(const void*, int32_t, size_t, size_t) = nullptr;
};

} // namespace whosaid::actors
