#include "cli_test_support.h"
#include "corrections/temp_dir.h"

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

using whosaid::test::TempDir;
using namespace whosaid::test;

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
        "-j 0 " + file,
        "-j many " + file,
        "--jobs 999 " + file,
        "-j",
        "--lines --format html " + file,
        "--lines=yes " + file,
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
                                       "--pretty", "--help", "--version", "jsonl", "html",
                                       "--corrections", "--no-corrections", "--aliases", "--force"})
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
    // The file was not written by whosaid: --force is needed to replace it (without it the
    // run is refused, see cli_files_test.cpp).
    std::ofstream(target) << std::string(100000, 'x');
    const Run run = run_cli("--force -o " + quoted(target.string()) + " " + data("wire_en.txt"));
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

TEST_CASE("a dash for a file name reads the article from standard input", "[cli]") {
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

TEST_CASE("parallel jobs keep the argument order and the failures", "[cli]") {
    std::string arguments;
    std::vector<std::string> expected;
    for (int i = 0; i < 12; ++i) {
        const char* name = i % 3 == 0 ? "wire_en.txt" : "depeche_fr.txt";
        arguments += " " + data(name);
        expected.push_back(std::string("cli/") + name);
    }
    arguments += " " + data("no-such-file.txt");
    for (const char* jobs : {"-j 1", "-j 3", "-j4", "--jobs=2"}) {
        DYNAMIC_SECTION(jobs) {
            const Run run = run_cli(jobs + arguments);
            CHECK(run.exit_code == 1);
            CHECK(run.err.find("no-such-file.txt") != std::string::npos);
            const std::vector<std::string> lines = lines_of(run.out);
            REQUIRE(lines.size() == expected.size());
            for (size_t i = 0; i < lines.size(); ++i)
                check_document(parse(lines[i]), expected[i]);
        }
    }
}

TEST_CASE("the lines option reads one article per line as a JSON string", "[cli]") {
    const TempDir scratch;
    const fs::path input = scratch.path() / "articles.jsonl";
    std::ofstream(input) << "\"Le ministre a dit \\u00ab non \\u00bb.\"\n"
                         << "\n"
                         << "\"He said: \\\"no\\\" \\ud83d\\ude00\"\n"
                         << "not json\n"
                         << "\"Line\\nbreak\"\n";
    for (const char* jobs : {"-j1", "-j3"}) {
        DYNAMIC_SECTION(jobs) {
            const Run run = run_cli(std::string(jobs) + " --lines - < " + quoted(input.string()));
            CHECK(run.exit_code == 1);
            CHECK(run.err.find(":4: not a JSON string") != std::string::npos);
            // One output line per input line: the blank line and the bad one get an error
            // object in their place (they used to be dropped, shifting every later result).
            const std::vector<std::string> lines = lines_of(run.out);
            REQUIRE(lines.size() == 5);
            CHECK(parse(lines[0])["text"].string == "Le ministre a dit \u00ab non \u00bb.");
            CHECK(parse(lines[1])["format"].string == "whosaid-error");
            CHECK(parse(lines[2])["text"].string == "He said: \"no\" \U0001F600");
            CHECK(parse(lines[3])["format"].string == "whosaid-error");
            CHECK(parse(lines[4])["text"].string == "Line\nbreak");
            for (size_t i = 0; i < lines.size(); ++i) {
                const JsonValue doc = parse(lines[i]);
                CHECK(doc["source"]["line"].integer() == static_cast<int64_t>(i + 1));
                CHECK(doc["source"]["path"].string == "-");
                if (doc["format"].string == "whosaid-analysis")
                    CHECK(whosaid::test::span_problems(doc).empty());
            }
        }
    }
}
