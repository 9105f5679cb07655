// The CLI never destroys a person's file and says clearly what went wrong (issue 17).
#include "cli_test_support.h"
#include "corrections/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace fs = std::filesystem;
using namespace whosaid::test;

namespace {

const std::string kArticle = "Le maire de Brissac, Paul Verlaine-Dutour, a déclaré : « Nous "
                             "ouvrirons l'école en septembre. »\n";

fs::path write(const fs::path& path, const std::string& content) {
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

std::string q(const fs::path& path) {
    return quoted(path.string());
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("option -o never replaces an input, a sidecar or a corrections file", "[cli][files]") {
    const TempDir dir;
    const fs::path story = write(dir.path() / "story.txt", kArticle);
    const fs::path page = write(dir.path() / "page.html", "<html><body><p>" + kArticle);
    const fs::path sidecar = write(dir.path() / "story.txt.whosaid.json", "{\"mine\": 1}");
    const fs::path aliases = write(dir.path() / "aliases.json", "{\"mine\": 2}");
    fs::create_symlink(story, dir.path() / "link-to-story.txt");
    fs::create_hard_link(story, dir.path() / "hard-link.txt");
    struct Row {
        std::string arguments;
        fs::path kept;
    };
    const std::vector<Row> rows = {
        {"-o " + q(story) + " " + q(story), story},
        {"--force -o " + q(story) + " " + q(story), story},
        {"-o " + q(dir.path() / "." / "story.txt") + " " + q(story), story},
        {"-o " + q(dir.path() / "link-to-story.txt") + " " + q(story), story},
        {"-o " + q(dir.path() / "hard-link.txt") + " " + q(story), story},
        {"-o " + q(sidecar) + " " + q(story), sidecar},
        {"--force -o " + q(sidecar) + " " + q(story), sidecar},
        {"--format html -o " + q(page) + " " + q(page), page},
        {"--aliases " + q(aliases) + " -o " + q(aliases) + " " + q(story), aliases},
        {"--format html -o " + q(dir.path()) + " " + q(page) + " " + q(story), page},
    };
    for (size_t i = 0; i < rows.size(); ++i) {
        const Row& row = rows[i];
        DYNAMIC_SECTION("row " << i) { // temporary paths differ between the runs of a section
            INFO(row.arguments);
            const std::string before = read_file(row.kept);
            const Run run = run_cli(row.arguments);
            CHECK(run.exit_code == 1);
            CHECK(contains(run.err, "not written"));
            CHECK(read_file(row.kept) == before);
        }
    }
}

TEST_CASE("option -o replaces only a file whosaid wrote, an empty file, or any with --force",
          "[cli][files]") {
    const TempDir dir;
    const fs::path story = write(dir.path() / "story.txt", kArticle);
    const fs::path notes = write(dir.path() / "notes.json", "my notes");
    const Run refused = run_cli("-o " + q(notes) + " " + q(story));
    CHECK(refused.exit_code == 1);
    CHECK(contains(refused.err, "notes.json: not written: the file exists"));
    CHECK(contains(refused.err, "--force"));
    CHECK(read_file(notes) == "my notes");

    // A run again over its own output, compact, pretty or HTML, needs no --force.
    for (const std::string& format : std::vector<std::string>{"", "--pretty ", "--format html "}) {
        const fs::path out = dir.path() / ("out-" + std::to_string(format.size()));
        REQUIRE(run_cli(format + "-o " + q(out) + " " + q(story)).exit_code == 0);
        const Run again = run_cli(format + "-o " + q(out) + " " + q(story));
        CHECK(again.exit_code == 0);
        CHECK(again.err.empty());
    }
    const fs::path empty = write(dir.path() / "empty.json", "");
    CHECK(run_cli("-o " + q(empty) + " " + q(story)).exit_code == 0);
    CHECK_FALSE(read_file(empty).empty());

    const Run device = run_cli("-o /dev/null " + q(story));
    CHECK(device.exit_code == 1);
    CHECK(contains(device.err, "/dev/null: not written: it is not a regular file"));

    CHECK(run_cli("--force -o " + q(notes) + " " + q(story)).exit_code == 0);
    CHECK(parse(read_file(notes))["format"].string == "whosaid-analysis");
}

TEST_CASE("html pages into a folder never overwrite inputs or each other", "[cli][files]") {
    const TempDir dir;
    const fs::path a_txt = write(dir.path() / "a.txt", kArticle);
    const fs::path a_md = write(dir.path() / "a.md", "# Titre\n\n" + kArticle);
    const fs::path b_html = write(dir.path() / "b.html", "<p>" + kArticle + "</p>");
    const fs::path pages = dir.path() / "pages";
    fs::create_directory(pages);
    const fs::path foreign = write(pages / "c.html", "<p>my own page</p>");
    const fs::path c_txt = write(dir.path() / "c.txt", kArticle);

    // The inputs' own folder: b.html would be replaced by its own page.
    const Run here = run_cli("--format html -o " + q(dir.path()) + " " + q(b_html));
    CHECK(here.exit_code == 1);
    CHECK(contains(here.err, "b.html: not written: it is an input"));
    CHECK(read_file(b_html) == "<p>" + kArticle + "</p>");

    // a.txt and a.md both map to a.html: the first keeps it, the second is refused.
    const Run twins =
        run_cli("--format html -o " + q(pages) + " " + q(a_txt) + " " + q(a_md) + " " + q(c_txt));
    CHECK(twins.exit_code == 1);
    CHECK(contains(twins.err, "a.html: not written for " + a_md.string()));
    CHECK(contains(twins.err, "c.html: not written: the file exists"));
    CHECK(read_file(foreign) == "<p>my own page</p>");
    CHECK(contains(read_file(pages / "a.html"), "Verlaine-Dutour"));
    CHECK_FALSE(contains(read_file(pages / "a.html"), "Titre"));
}

TEST_CASE("option -o names a folder only for html pages", "[cli][files]") {
    const TempDir dir;
    const fs::path story = write(dir.path() / "story.txt", kArticle);
    const fs::path existing = dir.path() / "existing";
    fs::create_directory(existing);
    const std::vector<std::string> targets = {existing.string(), existing.string() + "/",
                                              (dir.path() / "new").string() + "/"};
    for (size_t i = 0; i < targets.size(); ++i) {
        const std::string& target = targets[i];
        DYNAMIC_SECTION("target " << i) {
            const Run json = run_cli("-o " + quoted(target) + " " + q(story));
            CHECK(json.exit_code == 1);
            CHECK(contains(json.err, "is a directory; -o DIR takes --format html"));
            CHECK_FALSE(contains(json.err, "Not a directory"));
        }
    }
    // A trailing slash names a folder for one input as for two: created, one page inside.
    const Run one =
        run_cli("--format html -o " + quoted((dir.path() / "new").string() + "/") + " " + q(story));
    CHECK(one.exit_code == 0);
    CHECK(fs::is_regular_file(dir.path() / "new" / "story.html"));
}

TEST_CASE("option -o through a symbolic link writes the link's target", "[cli][files]") {
    const TempDir dir;
    const fs::path story = write(dir.path() / "story.txt", kArticle);
    fs::create_directory(dir.path() / "results");
    const fs::path real = dir.path() / "results" / "analysis.json";
    const fs::path link = dir.path() / "latest.json";
    fs::create_symlink(real, link);
    CHECK(run_cli("-o " + q(link) + " " + q(story)).exit_code == 0);
    CHECK(fs::is_symlink(link));
    CHECK(parse(read_file(real))["format"].string == "whosaid-analysis");
}

TEST_CASE("option -o keeps the mode of the file it replaces", "[cli][files]") {
    const TempDir dir;
    const fs::path story = write(dir.path() / "story.txt", kArticle);
    const fs::path out = dir.path() / "private.json";
    REQUIRE(run_cli("-o " + q(out) + " " + q(story)).exit_code == 0);
    REQUIRE(::chmod(out.c_str(), 0600) == 0);
    REQUIRE(run_cli("-o " + q(out) + " " + q(story)).exit_code == 0);
    struct stat info {};
    REQUIRE(::stat(out.c_str(), &info) == 0);
    CHECK((info.st_mode & 07777) == 0600);
}

TEST_CASE("option --lines pairs every output line with its input line", "[cli][files][lines]") {
    const TempDir dir;
    const fs::path input =
        write(dir.path() / "in.jsonl", "\xEF\xBB\xBF\"Elle a dit : \\u00ab oui \\u00bb.\"\n"
                                       "{\"not\": \"a string\"}\n"
                                       "\n"
                                       "\"He said: \\\"yes\\\".\"\n");
    const std::vector<std::string> sources = {q(input), "- < " + q(input)};
    for (size_t s = 0; s < sources.size(); ++s) {
        const std::string& source = sources[s];
        DYNAMIC_SECTION("source " << s) {
            const Run run = run_cli("-j2 --lines " + source);
            CHECK(run.exit_code == 1);
            const std::vector<std::string> lines = lines_of(run.out);
            REQUIRE(lines.size() == 4);
            const std::vector<std::string> formats = {"whosaid-analysis", "whosaid-error",
                                                      "whosaid-error", "whosaid-analysis"};
            for (size_t i = 0; i < lines.size(); ++i) {
                const JsonValue doc = parse(lines[i]);
                CHECK(doc["format"].string == formats[i]);
                CHECK(doc["source"]["line"].integer() == static_cast<int64_t>(i + 1));
            }
            // The byte order mark before the first line is not part of the article.
            CHECK(parse(lines[0])["text"].string == "Elle a dit : \u00ab oui \u00bb.");
            CHECK(contains(parse(lines[1])["error"].string, "not a JSON string"));
            CHECK(contains(parse(lines[2])["error"].string, "blank line"));
        }
    }
}

TEST_CASE("option --lines on what is not a file of lines fails clearly", "[cli][files][lines]") {
    const TempDir dir;
    const Run folder = run_cli("--lines " + q(dir.path()));
    CHECK(folder.exit_code == 1);
    CHECK(contains(folder.err, "is a directory"));
    REQUIRE(lines_of(folder.out).size() == 1);
    CHECK(parse(folder.out)["format"].string == "whosaid-error");

    const Run missing = run_cli("--lines " + q(dir.path() / "missing.jsonl"));
    CHECK(missing.exit_code == 1);
    CHECK(contains(missing.err, "No such file or directory"));

    // An endless line is refused at the size limit of files, not read into memory.
    const Run endless = run_cli("--lines - < /dev/zero");
    CHECK(endless.exit_code == 1);
    CHECK(contains(endless.err, "-:1: the line is longer than"));
    CHECK(lines_of(endless.out).size() == 1);
}

TEST_CASE("standard input is bounded like a file", "[cli][files]") {
    const Run endless = run_cli("- < /dev/zero");
    CHECK(endless.exit_code == 1);
    CHECK(contains(endless.err, "too large"));
    CHECK(endless.out.empty());
}

TEST_CASE("file names in messages cannot drive the terminal", "[cli][files]") {
    const TempDir dir;
    const std::vector<std::string> names = {"bad\x1b[31mred", "bell\x07", "rtl\u202Etxt.exe",
                                            "c1\u0085name", "tab\tname"};
    for (const std::string& name : names) {
        DYNAMIC_SECTION(name.size()) {
            const Run run = run_cli(q(dir.path() / name));
            CHECK(run.exit_code == 1);
            for (const char c : run.err.substr(0, run.err.size() - 1))
                CHECK((static_cast<unsigned char>(c) >= 0x20 && c != 0x7F));
            CHECK_FALSE(contains(run.err, "\u202E"));
            CHECK_FALSE(contains(run.err, "\u0085"));
            CHECK(contains(run.err, "file not found"));
        }
    }
}

TEST_CASE("a damaged UTF-8 article is read as UTF-8 with a warning", "[cli][files]") {
    const TempDir dir;
    std::string bytes = kArticle;
    bytes.insert(bytes.find("Nous"), "\xFF");
    const fs::path story = write(dir.path() / "story.txt", bytes);
    const Run run = run_cli(q(story));
    CHECK(run.exit_code == 0);
    CHECK(contains(run.err, "warning: "));
    CHECK(contains(run.err, "1 byte is not valid UTF-8"));
    const JsonValue doc = parse(run.out);
    CHECK(doc["source"]["encoding"].string == "UTF-8");
    CHECK(contains(doc["text"].string, "Verlaine-Dutour, a déclaré"));
}

TEST_CASE("a file that is not text is named for what it looks like", "[cli][files]") {
    const TempDir dir;
    const std::string zeros(64, '\0');
    const std::vector<std::pair<std::string, std::string>> rows = {
        {"GIF89a" + zeros, "this looks like an image (GIF)"},
        {"\x89PNG\r\n\x1a\n" + zeros, "this looks like an image"},
        {"\xFF\xD8\xFF\xE0" + zeros, "this looks like an image"},
        {"\x7F"
         "ELF\x02\x01" +
             zeros,
         "this looks like a program"},
        {"\x01\x02" + zeros, "this does not look like text"},
    };
    for (const auto& [bytes, message] : rows) {
        DYNAMIC_SECTION(message) {
            const Run run = run_cli(q(write(dir.path() / "file.txt", bytes)));
            CHECK(run.exit_code == 1);
            CHECK(contains(run.err, message));
            CHECK_FALSE(contains(run.err, "NUL"));
        }
    }
}
