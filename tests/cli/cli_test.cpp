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

namespace {

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

namespace {

// JSON string of ASCII text (the test article is ASCII, so bytes are UTF-16 units).
std::string json_string(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += std::string("\\") + c;
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out + "\"";
}

// The anchor of the first occurrence of words in article, with 16 characters of context.
std::string anchor_json(const std::string& article, const std::string& words) {
    const size_t at = article.find(words);
    REQUIRE(at != std::string::npos);
    const size_t before = at >= 16 ? at - 16 : 0;
    return "{\"start\": " + std::to_string(at) + ", \"end\": " + std::to_string(at + words.size()) +
           ", \"text\": " + json_string(words) +
           ", \"before\": " + json_string(article.substr(before, at - before)) +
           ", \"after\": " + json_string(article.substr(at + words.size(), 16)) + "}";
}

// A corrections file that names the union spokesman and gives him his quotation, plus, when
// asked, a correction whose words are not in the article.
std::string corrections_for(const std::string& article, bool with_stale = false) {
    const std::string quote =
        "We will stay out until the employers come back with a serious offer,";
    std::string items =
        R"({"action": "add-mention", "mention": )" + anchor_json(article, "Pieter de Vries") +
        R"(, "new-actor": {"name": "Pieter de Vries", "kind": "person"}},
        {"action": "add-quote", "quote": )" +
        anchor_json(article, quote) +
        R"(, "kind": "direct", "speaker": {"kind": "actor", "actor": {"name": "Pieter de Vries",
          "mention": )" +
        anchor_json(article, "Pieter de Vries") + "}}}";
    if (with_stale)
        items += R"(, {"action": "not-a-quote", "quote": {"start": 5, "end": 20,
          "text": "words never written", "before": "", "after": ""}})";
    return R"({"format": "whosaid-corrections", "version": 1,
      "article": {"length": 0, "fnv1a64": ""}, "corrections": [)" +
           items + "]}\n";
}

// The article copied into dir as story.txt, so that a sidecar can sit beside it.
fs::path copy_story(const fs::path& dir) {
    const fs::path story = dir / "story.txt";
    fs::copy_file(std::string(WHOSAID_TEST_DATA) + "/cli/wire_en.txt", story);
    return story;
}

void check_corrected(const JsonValue& doc) {
    REQUIRE(doc["entities"].items.size() >= 1);
    const JsonValue* spokesman = nullptr;
    for (const JsonValue& entity : doc["entities"].items)
        if (entity["name"].string == "Pieter de Vries")
            spokesman = &entity;
    REQUIRE(spokesman != nullptr);
    CHECK((*spokesman)["corrected"].boolean);
    bool found = false;
    for (const JsonValue& quote : doc["quotes"].items) {
        if (quote["text"].string.rfind("We will stay out", 0) != 0)
            continue;
        found = true;
        CHECK(quote["corrected"].boolean);
        CHECK(quote["speaker"]["entity"].string == (*spokesman)["id"].string);
    }
    CHECK(found);
    CHECK(whosaid::test::span_problems(doc).empty());
}

bool has_corrections(const JsonValue& doc) {
    for (const char* list : {"entities", "quotes"})
        for (const JsonValue& item : doc[list].items)
            if (item.has("corrected"))
                return true;
    return false;
}

} // namespace

TEST_CASE("the sidecar file beside an article is applied by default", "[cli][corrections]") {
    const TempDir dir;
    const fs::path story = copy_story(dir.path());
    std::ofstream(story.string() + ".whosaid.json") << corrections_for(read_file(story));
    const Run run = run_cli(quoted(story.string()));
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    check_corrected(parse(run.out));

    const Run without = run_cli("--no-corrections " + quoted(story.string()));
    CHECK(without.exit_code == 0);
    CHECK_FALSE(has_corrections(parse(without.out)));

    // Several inputs in parallel: each gets its own sidecar (the shared test file has none).
    const Run several = run_cli("-j2 " + quoted(story.string()) + " " + data("wire_en.txt") + " " +
                                quoted(story.string()));
    CHECK(several.exit_code == 0);
    const std::vector<std::string> lines = lines_of(several.out);
    REQUIRE(lines.size() == 3);
    check_corrected(parse(lines[0]));
    CHECK_FALSE(has_corrections(parse(lines[1])));
    check_corrected(parse(lines[2]));
}

TEST_CASE("the corrections option applies a given file", "[cli][corrections]") {
    const TempDir dir;
    const fs::path story = copy_story(dir.path());
    const fs::path file = dir.path() / "fixes.json";
    std::ofstream(file) << corrections_for(read_file(story));
    const Run run =
        run_cli("--corrections " + quoted(file.string()) + " " + quoted(story.string()));
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    check_corrected(parse(run.out));
}

TEST_CASE("stale corrections are warnings and the others still apply", "[cli][corrections]") {
    const TempDir dir;
    const fs::path story = copy_story(dir.path());
    std::ofstream(story.string() + ".whosaid.json") << corrections_for(read_file(story), true);
    const Run run = run_cli(quoted(story.string()));
    CHECK(run.exit_code == 0);
    check_corrected(parse(run.out));
    const std::vector<std::string> errors = lines_of(run.err);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].rfind("whosaid-cli: warning: ", 0) == 0);
    CHECK(errors[0].find("correction 3 (not-a-quote) not applied") != std::string::npos);
    CHECK(errors[0].find("'words never written' is no longer in the article") != std::string::npos);
}

TEST_CASE("a confirmed speaker is verified in the JSON", "[cli][corrections]") {
    const TempDir dir;
    const fs::path story = copy_story(dir.path());
    const std::string article = read_file(story);
    const std::string quote =
        "We will stay out until the employers come back with a serious offer,";
    std::string file = corrections_for(article);
    // One more entry: a person checked that the spokesman said it.
    const std::string confirm =
        R"(, {"action": "confirm-speaker", "quote": )" + anchor_json(article, quote) +
        R"(, "speaker": {"kind": "actor", "actor": {"name": "Pieter de Vries"}}}]})";
    file.replace(file.rfind("]}"), 2, confirm);
    std::ofstream(story.string() + ".whosaid.json") << file;
    const Run run = run_cli(quoted(story.string()));
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    const JsonValue doc = parse(run.out);
    check_corrected(doc);
    size_t verified = 0;
    for (const JsonValue& q : doc["quotes"].items) {
        if (!q.has("verified"))
            continue;
        ++verified;
        CHECK(q["verified"].boolean);
        CHECK(q["text"].string.rfind("We will stay out", 0) == 0);
    }
    CHECK(verified == 1);
}

TEST_CASE("an unreadable corrections file does not stop the analysis", "[cli][corrections]") {
    const TempDir dir;
    const fs::path story = copy_story(dir.path());
    const fs::path sidecar = story.string() + ".whosaid.json";
    std::ofstream(sidecar) << "{\"format\": \"whosaid-corrections\", \"version\": 7}";

    // A broken sidecar: a warning, the article without corrections, success.
    const Run run = run_cli(quoted(story.string()));
    CHECK(run.exit_code == 0);
    CHECK_FALSE(has_corrections(parse(run.out)));
    REQUIRE(lines_of(run.err).size() == 1);
    CHECK(run.err.find("warning: ") != std::string::npos);
    CHECK(run.err.find("story.txt.whosaid.json: version: unsupported version 7") !=
          std::string::npos);

    // The same file asked for explicitly: the article is still written, but the run fails.
    const Run asked =
        run_cli("--corrections " + quoted(sidecar.string()) + " " + quoted(story.string()));
    CHECK(asked.exit_code == 1);
    CHECK_FALSE(has_corrections(parse(asked.out)));
    CHECK(asked.err.find("unsupported version 7") != std::string::npos);

    const Run missing = run_cli("--corrections " + quoted((dir.path() / "none.json").string()) +
                                " " + quoted(story.string()));
    CHECK(missing.exit_code == 1);
    CHECK(missing.err.find("none.json") != std::string::npos);
    check_document(parse(missing.out), "story.txt");
}

TEST_CASE("the aliases option reads an alias list", "[cli][corrections]") {
    const TempDir dir;
    const fs::path aliases = dir.path() / "aliases.json";
    std::ofstream(aliases) << R"({"format": "whosaid-aliases", "version": 1,
        "groups": [{"names": ["Pieter de Vries", "de Vries"]}]})";
    const Run run = run_cli("--aliases " + quoted(aliases.string()) + " " + data("wire_en.txt"));
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    check_document(parse(run.out), "cli/wire_en.txt");

    std::ofstream(aliases) << "[";
    const Run broken = run_cli("--aliases " + quoted(aliases.string()) + " " + data("wire_en.txt"));
    CHECK(broken.exit_code == 1);
    CHECK(broken.err.find("aliases.json: not valid JSON: line 1, column 2") != std::string::npos);
    check_document(parse(broken.out), "cli/wire_en.txt");
}

TEST_CASE("corrections options that contradict the inputs are usage errors", "[cli][corrections]") {
    const std::string file = data("wire_en.txt");
    for (const std::string& arguments :
         {"--corrections x.json " + file + " " + file, "--corrections x.json --lines " + file,
          "--corrections x.json --no-corrections " + file, "--corrections= " + file,
          "--no-corrections=yes " + file, std::string("--aliases")}) {
        DYNAMIC_SECTION(arguments) {
            const Run run = run_cli(arguments);
            CHECK(run.exit_code == 2);
            CHECK(run.out.empty());
        }
    }
}
