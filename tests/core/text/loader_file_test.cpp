#include "text/loader_test_support.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <unistd.h>
#include <vector>

using namespace whosaid;
namespace fs = std::filesystem;

namespace {

// A fresh directory under the system temp directory, removed with everything in it.
class TempDirectory {
public:
    TempDirectory() {
        std::random_device random;
        path_ = fs::temp_directory_path() / ("whosaid-loader-" + std::to_string(random()));
        fs::create_directories(path_);
    }
    ~TempDirectory() {
        std::error_code ignored;
        fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ignored);
        fs::remove_all(path_, ignored);
    }
    TempDirectory(const TempDirectory&) = delete;
    TempDirectory& operator=(const TempDirectory&) = delete;

    std::string write(const std::string& name, const std::string& bytes) const {
        const fs::path file = path_ / name;
        std::ofstream(file, std::ios::binary) << bytes;
        return file.string();
    }
    std::string path() const { return path_.string(); }

private:
    fs::path path_;
};

} // namespace

TEST_CASE("a file is read, decoded and its path kept", "[loader][file]") {
    const TempDirectory dir;
    const std::string path =
        dir.write("depeche.html", "\xEF\xBB\xBF<p>\xC2\xAB\xC2\xA0Oui\xC2\xA0\xC2\xBB</p>\r\n");
    const Result<LoadedText> loaded = Loader().load_file(path, {});
    REQUIRE(loaded.ok());
    CHECK(loaded.value().text == u"\u00AB\u00A0Oui\u00A0\u00BB");
    CHECK(loaded.value().source.path == path);
    CHECK(loaded.value().source.encoding == "UTF-8");
    CHECK(loaded.value().source.format == "html");
}

TEST_CASE("empty and one-byte files are valid", "[loader][file]") {
    const TempDirectory dir;
    const Result<LoadedText> empty = Loader().load_file(dir.write("vide.txt", ""), {});
    REQUIRE(empty.ok());
    CHECK(empty.value().text.empty());
    const Result<LoadedText> one = Loader().load_file(dir.write("un.txt", "x"), {});
    REQUIRE(one.ok());
    CHECK(one.value().text == u"x");
}

TEST_CASE("file errors are distinct and name the file", "[loader][file]") {
    const TempDirectory dir;
    SECTION("missing file") {
        const std::string path = dir.path() + "/absent.txt";
        const Result<LoadedText> loaded = Loader().load_file(path, {});
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == ErrorCode::NotFound);
        CHECK_THAT(loaded.error().message, Catch::Contains(path));
    }
    SECTION("directory") {
        const Result<LoadedText> loaded = Loader().load_file(dir.path(), {});
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == ErrorCode::NotAFile);
        CHECK_THAT(loaded.error().message, Catch::Contains(dir.path()));
    }
    SECTION("larger than the limit, refused before reading") {
        const std::string path = dir.write("long.txt", std::string(100, 'a'));
        LoadOptions options;
        options.max_bytes = 99;
        const Result<LoadedText> loaded = Loader().load_file(path, options);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == ErrorCode::TooLarge);
        CHECK_THAT(loaded.error().message, Catch::Contains(path) && Catch::Contains("100"));
        options.max_bytes = 100;
        CHECK(Loader().load_file(path, options).ok());
    }
    SECTION("binary file") {
        const std::string path =
            dir.write("photo.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11));
        const Result<LoadedText> loaded = Loader().load_file(path, {});
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == ErrorCode::BinaryContent);
        CHECK_THAT(loaded.error().message, Catch::Contains(path));
    }
    SECTION("unreadable file") {
        const std::string path = dir.write("secret.txt", "texte");
        fs::permissions(path, fs::perms::none);
        if (::access(path.c_str(), R_OK) == 0) {
            WARN("running with privileges that read any file: permission case not testable");
        } else {
            const Result<LoadedText> loaded = Loader().load_file(path, {});
            REQUIRE_FALSE(loaded.ok());
            CHECK(loaded.error().code == ErrorCode::Unreadable);
            CHECK_THAT(loaded.error().message, Catch::Contains(path));
        }
    }
}

TEST_CASE("whole articles load to their golden text", "[loader][file][golden]") {
    struct Row {
        std::string input;
        std::string expected;
        std::string encoding;
        std::string format;
    };
    const std::vector<Row> rows = {
        {"wire_story.html", "wire_story.html.expected.txt", "UTF-8", "html"},
        {"wire_story.md", "wire_story.md.expected.txt", "UTF-8", "markdown"},
        {"wire_story_cp1252.txt", "wire_story.md.expected.txt", "windows-1252", "text"},
    };
    const std::string data = std::string(WHOSAID_TEST_DATA) + "/loader/";
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.input) {
            const Result<LoadedText> loaded = Loader().load_file(data + row.input, {});
            REQUIRE(loaded.ok());
            std::ifstream expected_file(data + row.expected, std::ios::binary);
            REQUIRE(expected_file);
            const std::string expected((std::istreambuf_iterator<char>(expected_file)),
                                       std::istreambuf_iterator<char>());
            CHECK(to_utf8(loaded.value().text) == expected);
            CHECK(loaded.value().source.encoding == row.encoding);
            CHECK(loaded.value().source.format == row.format);
        }
    }
}
