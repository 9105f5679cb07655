#include "whosaid/json_writer.h"
#include "whosaid/unicode_text.h"
#include "writers/json_story.h"
#include "writers/json_test_support.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace whosaid;
using namespace whosaid::test;

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

} // namespace

TEST_CASE("JSON of a hand-built story matches the golden file", "[json]") {
    const std::string golden_path = WHOSAID_TEST_DATA "/json/french_story.pretty.json";
    const std::string actual = write_json(french_story(), {true, "whosaid test"}) + "\n";
    if (std::getenv("WHOSAID_UPDATE_GOLDEN") != nullptr)
        std::ofstream(golden_path, std::ios::binary) << actual;
    CHECK(actual == read_file(golden_path));
}

TEST_CASE("every span of the JSON slices the text exactly, in code points", "[json]") {
    const std::string json = write_json(french_story(), {false, "whosaid test"});
    const JsonValue doc = parse(json);
    CHECK(whosaid::test::span_problems(doc).empty());
    CHECK(doc["quotes"].items.size() == 7);
    CHECK(doc["entities"][0]["mentions"].items.size() == 4);

    // Offsets counted by hand: the title holds one character outside the BMP (🌍), so every
    // offset after it is one less than in UTF-16.
    const Document story = french_story();
    CHECK(doc["dateline"]["start"].integer() == story.dateline->span.start - 1);
    CHECK(doc["dateline"]["text"].string == "NAIROBI, 3 f\u00e9vr 2026 (AFP) -");
    // 𝔸 ends the second quote: the offsets after it are two less.
    CHECK(doc["quotes"][1]["end"].integer() == story.quotes[1].span.end - 2);
    CHECK(doc["quotes"][2]["start"].integer() == story.quotes[2].span.start - 2);
}

TEST_CASE("compact and pretty JSON hold the same document", "[json]") {
    const Document story = french_story();
    const std::string compact = write_json(story, {false, "g"});
    const std::string pretty = write_json(story, {true, "g"});
    CHECK(compact.find('\n') == std::string::npos);
    CHECK(compact.rfind("{\"format\":\"whosaid-analysis\",\"version\":1,\"generator\":\"g\",", 0) ==
          0);
    CHECK(pretty.rfind("{\n  \"format\": \"whosaid-analysis\",\n  \"version\": 1,\n", 0) == 0);
    CHECK(pretty.back() == '}');
    CHECK(parse(compact) == parse(pretty));
}

TEST_CASE("absent parts are null and ids are filled in", "[json]") {
    const JsonValue story = parse(write_json(french_story(), {}));
    const JsonValue& unattributed = story["quotes"][3];
    CHECK(unattributed["speaker"].is_null());
    CHECK(unattributed["cue"].is_null());
    CHECK(unattributed["group"].string == "q4");
    CHECK(unattributed["sources"].items.empty());
    const JsonValue& anonymous = story["quotes"][2]["speaker"];
    CHECK(anonymous["entity"].is_null());
    CHECK(anonymous["anonymous"].boolean);
    CHECK(anonymous["description"].string == "un diplomate europ\u00e9en");
    CHECK(story["quotes"][0]["speaker"]["description"].is_null());
    CHECK(story["quotes"][6]["speaker"]["mention"].is_null());
    CHECK(story["quotes"][5]["group"].string == "q5");
    CHECK(story["dateline"]["agency"].string == "e2");
    CHECK(story["entities"][0]["gender"].string == "feminine");

    Document bare;
    bare.text = u"Texte sans rien.";
    bare.dateline = Dateline{Span{0, 5}, ""};
    const JsonValue json = parse(write_json(bare, {}));
    CHECK(json["title"].is_null());
    CHECK(json["dateline"]["agency"].is_null());
    CHECK(json["entities"].items.empty());
    CHECK(json["quotes"].items.empty());
}
