// Files the loader used to misread (issue 17): UTF-16 without a byte order mark in
// non-Latin scripts, files of /proc, binary files.
#include "text/loader_test_support.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

using namespace whosaid;
using whosaid::test::utf8;

namespace {

std::string utf16_bytes(std::u16string_view text, bool little_endian) {
    std::string bytes;
    for (const char16_t unit : text) {
        const char low = static_cast<char>(unit & 0xFF);
        const char high = static_cast<char>(unit >> 8);
        bytes += little_endian ? std::string{low, high} : std::string{high, low};
    }
    return bytes;
}

} // namespace

TEST_CASE("UTF-16 without a byte order mark is read in non-Latin scripts", "[loader][encoding]") {
    const std::vector<std::u16string> texts = {
        u"\u041C\u0438\u043D\u0438\u0441\u0442\u0440 \u0437\u0430\u044F\u0432\u0438\u043B: "
        u"\u00AB\u041C\u044B \u043D\u0435 \u043E\u0442\u0441\u0442\u0443\u043F\u0438\u043C\u00BB."
        u"\n\u0418\u0432\u0430\u043D \u041F\u0435\u0442\u0440\u043E\u0432 \u0441\u043A\u0430"
        u"\u0437\u0430\u043B \u044D\u0442\u043E \u0432\u0447\u0435\u0440\u0430.\n",
        u"\u039F \u03C5\u03C0\u03BF\u03C5\u03C1\u03B3\u03CC\u03C2 \u03B4\u03AE\u03BB\u03C9"
        u"\u03C3\u03B5 \u03CC\u03C4\u03B9 \u03B8\u03B1 \u03BC\u03B5\u03AF\u03BD\u03B5\u03B9.\n",
    };
    for (const std::u16string& text : texts) {
        for (const bool little_endian : {true, false}) {
            DYNAMIC_SECTION(utf8(text).substr(0, 12) << (little_endian ? " LE" : " BE")) {
                const Result<LoadedText> loaded =
                    Loader().load_bytes(utf16_bytes(text, little_endian), "story.txt", {});
                REQUIRE(loaded.ok());
                CHECK(loaded.value().source.encoding == (little_endian ? "UTF-16LE" : "UTF-16BE"));
                CHECK(loaded.value().text == text);
            }
        }
    }
}

TEST_CASE("single-byte Cyrillic is not taken for UTF-16", "[loader][encoding]") {
    // windows-1251: every letter one byte, no alternating pattern.
    const std::string bytes = "\xCC\xE8\xED\xE8\xF1\xF2\xF0 \xE7\xE0\xFF\xE2\xE8\xEB: "
                              "\xAB\xCC\xFB \xED\xE5 \xEE\xF2\xF1\xF2\xF3\xEF\xE8\xEC\xBB.";
    const Result<LoadedText> loaded = Loader().load_bytes(bytes, "story.txt", {});
    REQUIRE(loaded.ok());
    CHECK(loaded.value().source.encoding.rfind("UTF-16", 0) == std::string::npos);
}

TEST_CASE("files that report a size of 0 are read to their end", "[loader][file]") {
    if (!std::filesystem::exists("/proc/self/status"))
        return;
    const Result<LoadedText> loaded = Loader().load_file("/proc/self/status", {});
    REQUIRE(loaded.ok());
    CHECK(utf8(loaded.value().text).find("Name:") != std::string::npos);
}

TEST_CASE("a file read to its end still stops at the size limit", "[loader][file]") {
    LoadOptions small;
    small.max_bytes = 64;
    const Result<LoadedText> loaded = Loader().load_file("/proc/self/status", small);
    if (!std::filesystem::exists("/proc/self/status"))
        return;
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().code == ErrorCode::TooLarge);
}

TEST_CASE("binary files are named for what they look like", "[loader][binary]") {
    const std::string zeros(64, '\0');
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"\x89PNG\r\n\x1a\n" + zeros, "this looks like an image (PNG)"},
        {std::string("GIF89a") + zeros, "this looks like an image (GIF)"},
        {std::string("\xD0\xCF\x11\xE0", 4) + zeros,
         "this looks like an old Word or Excel document"},
        {std::string("\0\0\0\x18"
                     "ftypheic",
                     12) +
             zeros,
         "this looks like a video or an image"},
        {zeros, "this does not look like text"},
    };
    for (const auto& [bytes, message] : rows) {
        DYNAMIC_SECTION(message) {
            const Result<LoadedText> loaded = Loader().load_bytes(bytes, "doc.txt", {});
            REQUIRE_FALSE(loaded.ok());
            CHECK(loaded.error().code == ErrorCode::BinaryContent);
            CHECK(loaded.error().message.rfind("doc.txt: " + message, 0) == 0);
            CHECK(loaded.error().message.find("plain text, HTML, Markdown, PDF") !=
                  std::string::npos);
        }
    }
}
