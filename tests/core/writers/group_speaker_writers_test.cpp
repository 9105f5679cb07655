// Several actors speaking one quotation (Speaker::entities): the JSON lists them all, the
// HTML export names them all in its label, counts the quotation for each in its summary and
// marks each where the attribution names it.
#include "whosaid/html_writer.h"
#include "whosaid/json_writer.h"
#include "whosaid/unicode_text.h"
#include "writers/html_test_support.h"
#include "writers/json_test_support.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using whosaid::test::count;
using whosaid::test::JsonValue;

namespace {

Span locate(const std::u16string& text, std::string_view needle) {
    const std::u16string wanted = to_utf16(needle);
    const size_t at = text.find(wanted);
    REQUIRE(at != std::u16string::npos);
    return Span{static_cast<int32_t>(at), static_cast<int32_t>(at + wanted.size())};
}

// A story written for this test: two founders speak together, then one of them alone.
Document founders_story(bool group) {
    Document doc;
    doc.language = "fr";
    doc.text = to_utf16("«Nous ne vendrons pas», ont déclaré Paul Roy et Anne Morel. "
                        "«Jamais», a ajouté Anne Morel.");
    doc.paragraphs = {Span{0, static_cast<int32_t>(doc.text.size())}};
    doc.sentences = doc.paragraphs;
    const Span roy = locate(doc.text, "Paul Roy");
    const Span morel = locate(doc.text, "Anne Morel");
    const Span morel_again{static_cast<int32_t>(doc.text.rfind(u"Anne Morel")),
                           static_cast<int32_t>(doc.text.rfind(u"Anne Morel") + 10)};
    doc.entities = {{"e1", EntityKind::Person, u"Paul Roy", {}, {}, Gender::Masculine, {{roy}}},
                    {"e2",
                     EntityKind::Person,
                     u"Anne Morel",
                     {},
                     {},
                     Gender::Feminine,
                     {{morel}, {morel_again}}}};
    Quote together;
    together.id = "q1";
    together.group = "q1";
    together.span = locate(doc.text, "Nous ne vendrons pas");
    together.marks = {together.span.start - 1, together.span.end + 1};
    together.speaker = Speaker{"e1", false, {}, roy};
    if (group) {
        together.speaker->entities = {"e1", "e2"};
        together.speaker->mentions = {roy, morel};
    }
    together.rule = "fr.quote-then-inverted-verb";
    together.confidence = 0.9;
    Quote alone;
    alone.id = "q2";
    alone.group = "q2";
    alone.span = locate(doc.text, "Jamais");
    alone.marks = {alone.span.start - 1, alone.span.end + 1};
    alone.speaker = Speaker{"e2", false, {}, morel_again};
    alone.rule = "fr.quote-then-inverted-verb";
    alone.confidence = 0.9;
    doc.quotes = {together, alone};
    return doc;
}

} // namespace

TEST_CASE("JSON: speaker.entities lists a group, and only a group", "[writers][groups]") {
    const whosaid::test::ParseResult parsed =
        whosaid::test::parse_json(write_json(founders_story(true), {false, "test"}));
    REQUIRE(parsed.ok);
    const JsonValue& together = parsed.value["quotes"][0]["speaker"];
    CHECK(together["entity"].string == "e1");
    REQUIRE(together.has("entities"));
    REQUIRE(together["entities"].items.size() == 2);
    CHECK(together["entities"][0].string == "e1");
    CHECK(together["entities"][1].string == "e2");
    CHECK_FALSE(parsed.value["quotes"][1]["speaker"].has("entities"));
    CHECK(whosaid::test::span_problems(parsed.value).empty());

    const whosaid::test::ParseResult single =
        whosaid::test::parse_json(write_json(founders_story(false), {false, "test"}));
    REQUIRE(single.ok);
    CHECK_FALSE(single.value["quotes"][0]["speaker"].has("entities"));
}

TEST_CASE("HTML: a group's quotation is named, counted and marked for each speaker",
          "[writers][groups]") {
    const std::string html = write_html(founders_story(true), {"test", "2026-12-07", "", "en"});
    // The label names both.
    CHECK(html.find("Paul Roy, Anne Morel") != std::string::npos);
    // Both names are marked as speakers of q1.
    CHECK(count(html, "data-speaker-of=\"q1\"") == 2);
    // The why says how many speak together.
    CHECK(html.find("speakers together: 2") != std::string::npos);
    // The summary per speaker: Anne Morel speaks both quotations, Paul Roy one.
    CHECK(html.find("Anne Morel</bdi></a></th><td class=\"num\">2</td>") != std::string::npos);
    CHECK(html.find("Paul Roy</bdi></a></th><td class=\"num\">1</td>") != std::string::npos);
    const std::string solo = write_html(founders_story(false), {"test", "2026-12-07", "", "en"});
    CHECK(solo.find("Paul Roy, Anne Morel") == std::string::npos);
    CHECK(solo.find("speakers together") == std::string::npos);
    CHECK(count(solo, "data-speaker-of=\"q1\"") == 1);
}
