#pragma once

#include <catch2/catch.hpp>
#include <filesystem>
#include <stdlib.h>
#include <string>
#include <system_error>

namespace whosaid::test {

// A fresh directory under the system temporary directory, removed with its content at
// scope exit.
class TempDir {
public:
    TempDir() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "whosaid-test-XXXXXX").string();
        REQUIRE(mkdtemp(pattern.data()) != nullptr);
        path_ = pattern;
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

} // namespace whosaid::test
