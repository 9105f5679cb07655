// The corrections the CLI applies: a sidecar beside the article, --corrections, --aliases.
#include "cli_test_support.h"
#include "corrections/temp_dir.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;
using whosaid::test::JsonValue;
using whosaid::test::TempDir;
using namespace whosaid::test;

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
