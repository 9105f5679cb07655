#include "corrections/corrections_test_support.h"
#include "corrections/temp_dir.h"

#include <catch2/catch.hpp>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/resource.h>
#include <unistd.h>

using namespace whosaid;
namespace fs = std::filesystem;

using whosaid::test::TempDir;

namespace {

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

CorrectionSet sample_set(size_t copies) {
    const Document doc = whosaid::test::story_document(whosaid::test::corrections_story());
    CorrectionSet set;
    set.article = fingerprint(doc.text);
    for (size_t i = 0; i < copies; ++i) {
        Correction c = whosaid::test::correction(CorrectionAction::ReassignSpeaker);
        c.quote = anchor_at(doc, doc.quotes[2].span);
        c.speaker = SpeakerChoice{SpeakerChoice::Kind::Anonymous, {}, u"un diplomate"};
        set.items.push_back(c);
    }
    return set;
}

size_t files_in(const fs::path& dir) {
    return static_cast<size_t>(
        std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

// Lowers the largest file this process may write, as a full disk would; restored at scope
// exit. Writing past it fails with EFBIG instead of raising SIGXFSZ.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        REQUIRE(getrlimit(RLIMIT_FSIZE, &saved_) == 0);
        previous_handler_ = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = saved_;
        lowered.rlim_cur = bytes;
        REQUIRE(setrlimit(RLIMIT_FSIZE, &lowered) == 0);
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &saved_);
        std::signal(SIGXFSZ, previous_handler_);
    }

private:
    rlimit saved_{};
    void (*previous_handler_)(int) = nullptr;
};

} // namespace

TEST_CASE("the sidecar file sits beside the article under its full name", "[corrections][file]") {
    CHECK(sidecar_path("story.txt") == "story.txt.whosaid.json");
    CHECK(sidecar_path("/data/2024/dépêche.html") == "/data/2024/dépêche.html.whosaid.json");
}

TEST_CASE("a corrections file is saved and loaded back unchanged", "[corrections][file]") {
    const TempDir dir;
    const std::string path = (dir.path() / "story.txt.whosaid.json").string();
    const CorrectionSet set = sample_set(3);
    REQUIRE_FALSE(save_corrections(path, set));
    const std::string written = read_file(path);
    CHECK(written.rfind("{\n  \"format\": \"whosaid-corrections\",\n  \"version\": 1,", 0) == 0);
    CHECK(written.back() == '\n');
    const Result<CorrectionSet> loaded = load_corrections(path);
    REQUIRE(loaded);
    CHECK(loaded.value() == set);
    CHECK(files_in(dir.path()) == 1);
}

TEST_CASE("unknown fields of a corrections file are ignored", "[corrections][file]") {
    const std::string json = R"({"format": "whosaid-corrections", "version": 1, "note": "x",
        "article": {"length": 10, "fnv1a64": "0123456789abcdef", "title": "?"},
        "corrections": [{"action": "not-a-quote", "by": "anna",
          "quote": {"start": 1, "end": 4, "text": "oui", "before": "«", "after": "»", "x": 1}}]})";
    const Result<CorrectionSet> read = read_corrections_json(json, "f.json");
    REQUIRE(read);
    REQUIRE(read.value().items.size() == 1);
    CHECK(read.value().items[0].quote.text == u"oui");
    CHECK(read.value().article.length == 10);
}

TEST_CASE("a corrupt corrections file gives a clear error", "[corrections][file]") {
    const std::string valid = write_corrections_json(sample_set(1));
    const std::string header =
        R"({"format": "whosaid-corrections", "version": 1, "article": {"length": 1, "fnv1a64": ""}, )";
    struct Row {
        const char* name;
        std::string content;
        const char* message;
    };
    const std::vector<Row> rows = {
        {"empty", "", "line 1, column 1: unexpected end of the file"},
        {"not JSON", "corrections: none", "line 1, column 1: unexpected character"},
        {"truncated", valid.substr(0, valid.size() / 2), "truncated"},
        {"bad syntax on line 3", "{\n  \"format\": \"whosaid-corrections\",\n  \"version\" 1\n}",
         "line 3, column 13: expected ':'"},
        {"another format", R"({"format": "whosaid-analysis", "version": 1})",
         "format: expected 'whosaid-corrections'"},
        {"unknown version", R"({"format": "whosaid-corrections", "version": 2})",
         "version: unsupported version 2"},
        {"unknown action", header + R"("corrections": [{"action": "frobnicate"}]})",
         "corrections[0].action: unknown action 'frobnicate'"},
        {"missing anchor", header + R"("corrections": [{"action": "not-a-quote"}]})",
         "corrections[0].quote: missing"},
        {"anchor without text",
         header + R"("corrections": [{"action": "remove-mention", "mention": {"start": 0,
             "end": 0, "text": "", "before": "", "after": ""}}]})",
         "corrections[0].mention.text: empty"},
        {"not an array", header + R"("corrections": {}})", "corrections: expected an array"},
        {"invalid UTF-8", "{\"format\": \"\xff\"}", "invalid UTF-8"},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.name) {
            const Result<CorrectionSet> read =
                read_corrections_json(row.content, "story.whosaid.json");
            REQUIRE_FALSE(read);
            INFO(read.error().message);
            CHECK(read.error().message.rfind("story.whosaid.json: ", 0) == 0);
            CHECK(read.error().message.find(row.message) != std::string::npos);
        }
    }
}

TEST_CASE("deep nesting is refused, not a crash", "[corrections][file]") {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const Result<CorrectionSet> read = read_corrections_json(deep, "deep.json");
    REQUIRE_FALSE(read);
    CHECK(read.error().message.find("nested too deeply") != std::string::npos);
}

TEST_CASE("loading a missing corrections file is NotFound", "[corrections][file]") {
    const Result<CorrectionSet> read = load_corrections("/nonexistent/story.txt.whosaid.json");
    REQUIRE_FALSE(read);
    CHECK(read.error().code == ErrorCode::NotFound);
    CHECK(read.error().message.find("/nonexistent/story.txt.whosaid.json") != std::string::npos);
}

TEST_CASE("a failed save leaves the old file whole", "[corrections][file]") {
    const TempDir dir;
    const std::string path = (dir.path() / "story.txt.whosaid.json").string();
    REQUIRE_FALSE(save_corrections(path, sample_set(1)));
    const std::string old_content = read_file(path);

    SECTION("the disk fills up during the write") {
        std::optional<Error> error;
        {
            const FileSizeLimit limit(old_content.size() + 100);
            error = save_corrections(path, sample_set(50));
        }
        REQUIRE(error);
        CHECK(error->message.find(path) != std::string::npos);
        CHECK(error->message.find("cannot write") != std::string::npos);
    }
    SECTION("the folder does not exist") {
        const std::string elsewhere = (dir.path() / "gone" / "x.whosaid.json").string();
        const std::optional<Error> error = save_corrections(elsewhere, sample_set(1));
        REQUIRE(error);
        CHECK(error->message.find("cannot create a file next to it") != std::string::npos);
        CHECK_FALSE(fs::exists(elsewhere));
    }
    CHECK(read_file(path) == old_content);
    CHECK(files_in(dir.path()) == 1); // no temporary file left behind
}

TEST_CASE("an alias list is saved and loaded back", "[corrections][aliases]") {
    const TempDir dir;
    const std::string path = (dir.path() / "aliases.json").string();
    const AliasList aliases{
        {{u"Лавров", u"Sergueï Lavrov", u"Serguei Lavrov"}, {u"ONU", u"Nations unies"}}};
    REQUIRE_FALSE(save_aliases(path, aliases));
    const std::string written = read_file(path);
    CHECK(written.find("\"format\": \"whosaid-aliases\"") != std::string::npos);
    const Result<AliasList> loaded = load_aliases(path);
    REQUIRE(loaded);
    CHECK(loaded.value() == aliases);

    const Result<AliasList> bad = read_aliases_json(
        R"({"format": "whosaid-aliases", "version": 1, "groups": [{"names": ["a", 3]}]})",
        "aliases.json");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message == "aliases.json: groups[0].names[1]: expected a non-empty string");
}

TEST_CASE("every truncation of a corrections file is an error, never a crash",
          "[corrections][file]") {
    const std::string valid = write_corrections_json(sample_set(2));
    REQUIRE(read_corrections_json(valid, "f"));
    // The last two bytes are "}\n": without the newline the file is still whole.
    for (size_t length = 0; length + 2 < valid.size(); ++length) {
        const Result<CorrectionSet> read = read_corrections_json(valid.substr(0, length), "f");
        if (read) {
            FAIL("a prefix of " << length << " bytes was accepted");
        }
    }
}

TEST_CASE("a byte order mark is accepted in corrections and alias files", "[corrections][file]") {
    const TempDir dir;
    const std::string bom = "\xEF\xBB\xBF";
    const CorrectionSet set = sample_set(2);
    const fs::path corrections = dir.path() / "story.txt.whosaid.json";
    std::ofstream(corrections, std::ios::binary) << bom << write_corrections_json(set);
    const Result<CorrectionSet> loaded = load_corrections(corrections.string());
    REQUIRE(loaded);
    CHECK(loaded.value() == set);

    const AliasList aliases{{{u"Anna Kowalczyk", u"A. Kowalczyk"}}};
    const fs::path list = dir.path() / "aliases.json";
    std::ofstream(list, std::ios::binary) << bom << write_aliases_json(aliases);
    const Result<AliasList> read = load_aliases(list.string());
    REQUIRE(read);
    CHECK(read.value() == aliases);

    // Only at the start: a mark anywhere else is still not JSON.
    const Result<AliasList> inside = read_aliases_json(" " + bom + "{}", "a.json");
    CHECK_FALSE(inside);
}

TEST_CASE("file errors name the kind of file and the reason", "[corrections][file]") {
    const TempDir dir;
    const fs::path big = dir.path() / "big.json";
    std::ofstream(big, std::ios::binary) << std::string(17u * 1024u * 1024u, ' ');
    const Result<AliasList> aliases = load_aliases(big.string());
    REQUIRE_FALSE(aliases);
    CHECK(aliases.error().message.find("too large for an alias list") != std::string::npos);
    const Result<CorrectionSet> corrections = load_corrections(big.string());
    REQUIRE_FALSE(corrections);
    CHECK(corrections.error().message.find("too large for a corrections file") !=
          std::string::npos);

    if (::geteuid() != 0) { // root reads any file
        const fs::path locked = dir.path() / "locked.json";
        std::ofstream(locked) << "{}";
        fs::permissions(locked, fs::perms::none);
        const Result<CorrectionSet> unreadable = load_corrections(locked.string());
        REQUIRE_FALSE(unreadable);
        CHECK(unreadable.error().message.find("cannot be read (Permission denied)") !=
              std::string::npos);
    }
}
