#pragma once

#include "whosaid/loader.h"
#include "whosaid/unicode_text.h"

#include <catch2/catch.hpp>
#include <string>
#include <string_view>

namespace whosaid::test {

// Loads bytes that must load, and returns the text.
inline std::u16string load_text(std::string_view bytes, std::string_view name,
                                const LoadOptions& options = {}) {
    const Result<LoadedText> loaded = Loader().load_bytes(bytes, name, options);
    INFO(name << ": " << (loaded ? std::string("ok") : loaded.error().message));
    REQUIRE(loaded.ok());
    return loaded.value().text;
}

inline std::string utf8(std::u16string_view text) {
    return to_utf8(text);
}

} // namespace whosaid::test
