#include "corrections/temp_dir.h"
#include "whosaid/atomic_write.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace fs = std::filesystem;
using whosaid::write_file_atomically;
using whosaid::test::TempDir;

namespace {

std::string content_of(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

mode_t mode_of(const fs::path& path) {
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 07777;
}

// Sets the umask for one scope (tests run on one thread).
class ScopedUmask {
public:
    explicit ScopedUmask(mode_t mask) : old_(::umask(mask)) {}
    ~ScopedUmask() { ::umask(old_); }
    ScopedUmask(const ScopedUmask&) = delete;
    ScopedUmask& operator=(const ScopedUmask&) = delete;

private:
    mode_t old_;
};

} // namespace

TEST_CASE("a replaced file keeps its permission bits", "[atomic_write]") {
    const TempDir dir;
    const fs::path file = dir.path() / "story.txt.whosaid.json";
    for (const mode_t mode : {mode_t{0600}, mode_t{0640}, mode_t{0664}, mode_t{0444}}) {
        DYNAMIC_SECTION("mode " << std::oct << mode) {
            std::ofstream(file) << "old";
            REQUIRE(::chmod(file.c_str(), mode) == 0);
            REQUIRE_FALSE(write_file_atomically(file.string(), "new"));
            CHECK(content_of(file) == "new");
            CHECK(mode_of(file) == mode);
            fs::remove(file);
        }
    }
}

TEST_CASE("a new file follows the umask", "[atomic_write]") {
    const TempDir dir;
    for (const mode_t mask : {mode_t{022}, mode_t{077}, mode_t{002}}) {
        DYNAMIC_SECTION("umask " << std::oct << mask) {
            const ScopedUmask scoped(mask);
            const fs::path file = dir.path() / ("new-" + std::to_string(mask));
            REQUIRE_FALSE(write_file_atomically(file.string(), "text"));
            CHECK(mode_of(file) == (0666 & ~mask));
        }
    }
}

TEST_CASE("a symbolic link is written through and stays a link", "[atomic_write]") {
    const TempDir dir;
    fs::create_directory(dir.path() / "real");
    const fs::path target = dir.path() / "real" / "corrections.json";
    std::ofstream(target) << "old";
    const fs::path relative_link = dir.path() / "relative.json";
    fs::create_symlink("real/corrections.json", relative_link);
    const fs::path chained_link = dir.path() / "chained.json";
    fs::create_symlink(relative_link, chained_link);

    REQUIRE_FALSE(write_file_atomically(relative_link.string(), "through relative"));
    CHECK(fs::is_symlink(relative_link));
    CHECK(content_of(target) == "through relative");

    REQUIRE_FALSE(write_file_atomically(chained_link.string(), "through two links"));
    CHECK(fs::is_symlink(chained_link));
    CHECK(fs::is_symlink(relative_link));
    CHECK(content_of(target) == "through two links");

    // A dangling link gets its target created.
    const fs::path dangling = dir.path() / "dangling.json";
    fs::create_symlink(dir.path() / "real" / "later.json", dangling);
    REQUIRE_FALSE(write_file_atomically(dangling.string(), "created"));
    CHECK(fs::is_symlink(dangling));
    CHECK(content_of(dir.path() / "real" / "later.json") == "created");

    // A loop of links is refused; nothing is written.
    const fs::path loop_a = dir.path() / "a";
    const fs::path loop_b = dir.path() / "b";
    fs::create_symlink(loop_b, loop_a);
    fs::create_symlink(loop_a, loop_b);
    const std::optional<std::string> loop = write_file_atomically(loop_a.string(), "x");
    REQUIRE(loop);
    CHECK(loop->find("symbolic links") != std::string::npos);
    CHECK(fs::is_symlink(loop_a));
}

TEST_CASE("a file name near the length limit can still be replaced", "[atomic_write]") {
    const TempDir dir;
    // 250 bytes: a temporary name that grew with the file's would pass the 255-byte limit.
    const fs::path file = dir.path() / (std::string(237, 'n') + ".whosaid.json");
    REQUIRE(file.filename().string().size() == 250);
    std::ofstream(file) << "old";
    const std::optional<std::string> problem = write_file_atomically(file.string(), "new");
    CHECK_FALSE(problem);
    CHECK(content_of(file) == "new");
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
}

TEST_CASE("a failed write leaves the old file and no temporary file", "[atomic_write]") {
    if (::geteuid() == 0)
        return; // root writes into read-only folders
    const TempDir dir;
    const fs::path folder = dir.path() / "locked";
    fs::create_directory(folder);
    const fs::path file = folder / "story.txt.whosaid.json";
    std::ofstream(file) << "old";
    REQUIRE(::chmod(folder.c_str(), 0555) == 0);
    const std::optional<std::string> problem = write_file_atomically(file.string(), "new");
    ::chmod(folder.c_str(), 0755);
    REQUIRE(problem);
    CHECK(problem->find("Permission denied") != std::string::npos);
    CHECK(content_of(file) == "old");
    CHECK(std::distance(fs::directory_iterator(folder), fs::directory_iterator()) == 1);
}
