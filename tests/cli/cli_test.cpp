#include "../core/json_test_support.h"

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using whosaid::test::JsonValue;

namespace {

struct Run {
    int exit_code = -1;
    std::string out;
    std::string err;
};

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

// Single-quoted for the shell.
std::string quoted(const std::string& text) {
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string data(const std::string& name) {
    return quoted(std::string(WHOSAID_TEST_DATA) + "/cli/" + name);
}

// A fresh directory under the system temporary directory, removed at scope exit.
class TempDir {
public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "whosaid-cli-test-XXXXXX").string();
        REQUIRE(mkdtemp(pattern.data()) != nullptr);
        path_ = pattern;
    }
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

// Runs the CLI through the shell with arguments (quoted by the caller).
Run run_cli(const std::string& arguments) {
    const TempDir scratch;
    const fs::path err_path = scratch.path() / "stderr";
    Run run;
    const std::string command =
        std::string(WHOSAID_CLI) + " " + arguments + " 2>" + quoted(err_path.string());
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buffer{};
    size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        run.out.append(buffer.data(), n);
    const int status = pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.err = read_file(err_path);
    return run;
}

JsonValue parse(const std::string& json) {
    const whosaid::test::ParseResult parsed = whosaid::test::parse_json(json);
    INFO(parsed.error);
    REQUIRE(parsed.ok);
    return parsed.value;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

bool ends_with(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A whole analysis document that keeps the span contract.
void check_document(const JsonValue& doc, const std::string& path_suffix) {
    CHECK(doc["format"].string == "whosaid-analysis");
    CHECK(doc["version"].integer() == 1);
    CHECK(doc["generator"].string == "whosaid " WHOSAID_VERSION);
    CHECK(ends_with(doc["source"]["path"].string, path_suffix));
    CHECK(whosaid::test::span_problems(doc).empty());
}

} // namespace

TEST_CASE("the CLI without arguments is a usage error", "[cli]") {
    CHECK(run_cli("").exit_code == 2);
}

TEST_CASE("bad usage exits with 2, one message and a hint to --help", "[cli]") {
    const std::string file = data("depeche_fr.txt");
    const std::vector<std::string> rows = {
        "",
        "--bogus " + file,
        "-x " + file,
        "--format",
        "--format xml " + file,
        "--format= " + file,
        "--language de " + file,
        "--language",
        "--encoding",
        "-o",
        "--pretty=yes " + file,
        "--format json " + file + " " + data("wire_en.txt"),
        "--pretty " + file + " " + data("wire_en.txt"),
        "--format html " + file + " " + data("wire_en.txt"),
        "--format jsonl --pretty " + file,
    };
    for (const std::string& arguments : rows) {
        DYNAMIC_SECTION("arguments: " << arguments) {
            const Run run = run_cli(arguments);
            CHECK(run.exit_code == 2);
            CHECK(run.out.empty());
            const std::vector<std::string> lines = lines_of(run.err);
            REQUIRE(lines.size() == 2);
            CHECK(lines[0].rfind("whosaid-cli: ", 0) == 0);
            CHECK(lines[1].find("--help") != std::string::npos);
        }
    }
}

TEST_CASE("the version option prints the program name and version", "[cli]") {
    const Run run = run_cli("--version");
    CHECK(run.exit_code == 0);
    CHECK(run.out == "whosaid-cli " WHOSAID_VERSION "\n");
}

TEST_CASE("the help option lists every option and exits with 0", "[cli]") {
    for (const char* arguments : {"--help", "-h", "--pretty --help"}) {
        DYNAMIC_SECTION(arguments) {
            const Run run = run_cli(arguments);
            CHECK(run.exit_code == 0);
            CHECK(run.out.rfind("Usage: whosaid-cli [OPTIONS] FILE...", 0) == 0);
            for (const char* option : {"--format", "-o, --output", "--language", "--encoding",
                                       "--pretty", "--help", "--version", "jsonl", "html"})
                CHECK(run.out.find(option) != std::string::npos);
        }
    }
}

TEST_CASE("one file gives one compact JSON document", "[cli]") {
    const Run run = run_cli(data("depeche_fr.txt"));
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    REQUIRE(lines_of(run.out).size() == 1);
    CHECK(ends_with(run.out, "}\n"));
    const JsonValue doc = parse(run.out);
    check_document(doc, "cli/depeche_fr.txt");
    CHECK(doc["text"].string.find("neutralit\u00e9 carbone \U0001F331") != std::string::npos);
}

TEST_CASE("several files give JSON Lines in argument order", "[cli]") {
    for (const char* format : {"", "--format jsonl "}) {
        DYNAMIC_SECTION("format option: " << format) {
            const Run run = run_cli(format + data("wire_en.txt") + " " + data("depeche_fr.txt"));
            CHECK(run.exit_code == 0);
            const std::vector<std::string> lines = lines_of(run.out);
            REQUIRE(lines.size() == 2);
            check_document(parse(lines[0]), "cli/wire_en.txt");
            check_document(parse(lines[1]), "cli/depeche_fr.txt");
        }
    }
    const Run single = run_cli("--format jsonl " + data("wire_en.txt"));
    CHECK(lines_of(single.out).size() == 1);
}

TEST_CASE("a missing file fails with 1 while the other files are still written", "[cli]") {
    const Run run = run_cli(data("wire_en.txt") + " missing-article.txt " + data("depeche_fr.txt"));
    CHECK(run.exit_code == 1);
    const std::vector<std::string> lines = lines_of(run.out);
    REQUIRE(lines.size() == 2);
    check_document(parse(lines[0]), "cli/wire_en.txt");
    check_document(parse(lines[1]), "cli/depeche_fr.txt");
    const std::vector<std::string> errors = lines_of(run.err);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].rfind("whosaid-cli: missing-article.txt: ", 0) == 0);

    CHECK(run_cli("missing-article.txt").exit_code == 1);
}

TEST_CASE("the pretty option indents the same document", "[cli]") {
    const Run pretty = run_cli("--pretty " + data("depeche_fr.txt"));
    CHECK(pretty.exit_code == 0);
    CHECK(pretty.out.rfind("{\n  \"format\": \"whosaid-analysis\",\n", 0) == 0);
    CHECK(parse(pretty.out) == parse(run_cli(data("depeche_fr.txt")).out));
}

TEST_CASE("the output option writes the output to a file, replacing it whole", "[cli]") {
    const TempDir dir;
    const fs::path target = dir.path() / "analysis.json";
    std::ofstream(target) << std::string(100000, 'x');
    const Run run = run_cli("-o " + quoted(target.string()) + " " + data("wire_en.txt"));
    CHECK(run.exit_code == 0);
    CHECK(run.out.empty());
    check_document(parse(read_file(target)), "cli/wire_en.txt");
    // Only the target remains: the temporary file was renamed over it.
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);

    const fs::path lines_target = dir.path() / "all.jsonl";
    CHECK(run_cli("--output=" + quoted(lines_target.string()) + " " + data("wire_en.txt") + " " +
                  data("depeche_fr.txt"))
              .exit_code == 0);
    CHECK(lines_of(read_file(lines_target)).size() == 2);
}

TEST_CASE("the output option into a missing folder fails with 1 and a message", "[cli]") {
    const TempDir dir;
    const fs::path target = dir.path() / "no-such-folder" / "analysis.json";
    const Run run = run_cli("-o " + quoted(target.string()) + " " + data("wire_en.txt"));
    CHECK(run.exit_code == 1);
    CHECK(run.err.find("no-such-folder/analysis.json: ") != std::string::npos);
    CHECK_FALSE(fs::exists(target));
}

TEST_CASE("the html format writes an HTML page", "[cli]") {
    const Run run = run_cli("--format html " + data("depeche_fr.txt"));
    CHECK(run.exit_code == 0);
    CHECK(run.out.rfind("<!DOCTYPE html>", 0) == 0);
}

TEST_CASE("the html format with several files writes one page per file into -o DIR", "[cli]") {
    const TempDir dir;
    const fs::path pages = dir.path() / "pages";
    const Run run = run_cli("--format html -o " + quoted(pages.string()) + " " +
                            data("depeche_fr.txt") + " " + data("wire_en.txt"));
    CHECK(run.exit_code == 0);
    CHECK(run.out.empty());
    CHECK(read_file(pages / "depeche_fr.html").rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(read_file(pages / "wire_en.html").rfind("<!DOCTYPE html>", 0) == 0);

    // The same name twice would overwrite the first page: the second input fails instead.
    const Run twice = run_cli("--format html -o " + quoted(pages.string()) + " " +
                              data("wire_en.txt") + " " + data("wire_en.txt"));
    CHECK(twice.exit_code == 1);
    CHECK(twice.err.find("wire_en.html") != std::string::npos);
}

TEST_CASE("\"-\" reads the article from standard input", "[cli]") {
    const Run run = run_cli("- < " + data("wire_en.txt"));
    CHECK(run.exit_code == 0);
    const JsonValue doc = parse(run.out);
    CHECK(doc["text"].string.rfind("Port strike halts grain exports", 0) == 0);
    CHECK(whosaid::test::span_problems(doc).empty());
}

TEST_CASE("the language option forces the analysis language", "[cli]") {
    for (const char* language : {"fr", "en"}) {
        DYNAMIC_SECTION(language) {
            const Run run =
                run_cli(std::string("--language ") + language + " " + data("wire_en.txt"));
            CHECK(run.exit_code == 0);
            CHECK(parse(run.out)["language"].string == language);
        }
    }
}
