// The JSON writer on hard text and hard documents: offsets beyond the BMP, escapes, invalid
// spans and UTF-8, random documents, long texts.
#include "whosaid/json_writer.h"
#include "whosaid/unicode_text.h"
#include "writers/json_story.h"
#include "writers/json_test_support.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <random>

using namespace whosaid;
using namespace whosaid::test;

namespace {

// The JSON string literal the writer gives a text, cut out of a minimal document.
std::string text_literal(const std::u16string& text) {
    Document doc;
    doc.text = text;
    const std::string json = write_json(doc, {false, "g"});
    const size_t start = json.find("\"text\":") + 7;
    const size_t end = json.find(",\"title\":", start);
    REQUIRE(end != std::string::npos);
    return json.substr(start, end - start);
}

} // namespace

TEST_CASE("code point offsets around characters outside the BMP", "[json]") {
    struct Row {
        const char* text;
        const char* needle;
        int64_t start;
        int64_t end;
    };
    const Row rows[] = {
        {"abc", "b", 1, 2},
        {"a\U0001F600b", "b", 2, 3},
        {"x\U0001F600y", "\U0001F600", 1, 2},
        {"\U0001F600\U0001F600 \u00ab\u00a0oui\u00a0\u00bb", "oui", 5, 8},
        {"\u00e9t\u00e9 \U0001D538\U0001D539 fin", "fin", 7, 10},
        {"\U0001F1EB\U0001F1F7 drapeau", "drapeau", 3, 10},
        {"caf\u0065\u0301 \U0001F30D", "\U0001F30D", 6, 7},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.text) {
            Document doc;
            doc.text = to_utf16(row.text);
            doc.title = locate(doc.text, row.needle);
            const JsonValue json = parse(write_json(doc, {}));
            CHECK(json["title"]["start"].integer() == row.start);
            CHECK(json["title"]["end"].integer() == row.end);
            CHECK(json["title"]["text"].string == row.needle);
        }
    }
}

TEST_CASE("strings are escaped as JSON requires and kept as UTF-8", "[json]") {
    struct Row {
        std::u16string text;
        std::string literal;
    };
    const Row rows[] = {
        {u"say \"hi\"", R"("say \"hi\"")"},
        {u"back\\slash", R"("back\\slash")"},
        {u"\n\t\r\b\f", R"("\n\t\r\b\f")"},
        {std::u16string{u'a', u'\0', u'b'}, R"("a\u0000b")"},
        {u"\u0001\u001f\u007f", "\"\\u0001\\u001f\x7f\""},
        {u"a/b", R"("a/b")"},
        {u"\u00e9\u00ab\u00a0\u00bb", "\"\xc3\xa9\xc2\xab\xc2\xa0\xc2\xbb\""},
        {u"\u2028", "\"\xe2\x80\xa8\""},
        {u"\U0001F600", "\"\xf0\x9f\x98\x80\""},
        {std::u16string{u'a', char16_t(0xD800), u'b'}, "\"a\xef\xbf\xbd"
                                                       "b\""},
        {std::u16string{char16_t(0xDC00)}, "\"\xef\xbf\xbd\""},
        {std::u16string{char16_t(0xDE00), char16_t(0xD83D)}, "\"\xef\xbf\xbd\xef\xbf\xbd\""},
        {std::u16string{u'x', char16_t(0xD83D)}, "\"x\xef\xbf\xbd\""},
    };
    for (size_t i = 0; i < std::size(rows); ++i) {
        DYNAMIC_SECTION("row " << i) {
            const std::string literal = text_literal(rows[i].text);
            CHECK(literal == rows[i].literal);
            CHECK(whosaid::test::parse_json(literal).ok);
        }
    }
}

TEST_CASE("an empty document is valid in both layouts", "[json]") {
    const Document empty;
    const std::string pretty = write_json(empty, {true, "g"});
    CHECK(pretty.find("\"paragraphs\": [],") != std::string::npos);
    const JsonValue json = parse(pretty);
    CHECK(json["text"].string.empty());
    CHECK(json["source"]["path"].string.empty());
    CHECK(parse(write_json(empty, {false, "g"})) == json);
}

TEST_CASE("spans outside the text or inside a surrogate pair are made valid", "[json]") {
    struct Row {
        Span span;
        int64_t start;
        int64_t end;
        const char* text;
    };
    // "a😀b": UTF-16 units a, high, low, b; code points a, 😀, b.
    const Row rows[] = {
        {Span{2, 4}, 2, 3, "b"},          {Span{0, 2}, 0, 2, "a\U0001F600"},
        {Span{1, 3}, 1, 2, "\U0001F600"}, {Span{-5, 100}, 0, 3, "a\U0001F600b"},
        {Span{3, 1}, 2, 2, ""},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.span.start << ".." << row.span.end) {
            Document doc;
            doc.text = to_utf16("a\U0001F600b");
            doc.title = row.span;
            const JsonValue json = parse(write_json(doc, {}));
            CHECK(json["title"]["start"].integer() == row.start);
            CHECK(json["title"]["end"].integer() == row.end);
            CHECK(json["title"]["text"].string == row.text);
            CHECK(whosaid::test::span_problems(json).empty());
        }
    }
}

TEST_CASE("confidence is a JSON number between 0 and 1", "[json]") {
    struct Row {
        double confidence;
        const char* literal;
    };
    const Row rows[] = {{0.9, "\"confidence\":0.9}"},
                        {1.0, "\"confidence\":1}"},
                        {1.5, "\"confidence\":1}"},
                        {-2.0, "\"confidence\":0}"},
                        {std::numeric_limits<double>::quiet_NaN(), "\"confidence\":0}"},
                        {std::numeric_limits<double>::infinity(), "\"confidence\":1}"}};
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.literal) {
            Document doc;
            doc.text = u"\u00ab\u00a0Oui\u00a0\u00bb";
            Quote quote;
            quote.id = "q1";
            quote.span = Span{2, 5};
            quote.confidence = row.confidence;
            doc.quotes = {quote};
            const std::string json = write_json(doc, {});
            CHECK(json.find(row.literal) != std::string::npos);
            CHECK(parse(json)["quotes"][0]["text"].string == "Oui");
        }
    }
}

TEST_CASE("invalid UTF-8 in source fields becomes U+FFFD", "[json]") {
    Document doc;
    doc.source.path = "dossier/\xff\xfe"
                      "article.txt";
    const JsonValue json = parse(write_json(doc, {false, "whosaid \xc3"}));
    CHECK(json["source"]["path"].string == "dossier/\xef\xbf\xbd\xef\xbf\xbd"
                                           "article.txt");
    CHECK(json["generator"].string == "whosaid \xef\xbf\xbd");
}

TEST_CASE("random documents give valid JSON whose spans all slice back", "[json]") {
    // Code units that stress the writer: ASCII, characters to escape, Latin-1, no-break
    // spaces, a surrogate pair, and lone halves of pairs.
    const std::u16string palette = {u'a',
                                    u' ',
                                    u'"',
                                    u'\\',
                                    u'\n',
                                    u'\t',
                                    char16_t(1),
                                    char16_t(0x1f),
                                    u'\u00e9',
                                    u'\u00ab',
                                    u'\u00a0',
                                    u'\u202f',
                                    char16_t(0xD83D),
                                    char16_t(0xDE00),
                                    u'\u2028',
                                    u'\u00bb'};
    std::mt19937 random(20261124);
    const auto below = [&](int32_t n) {
        return static_cast<int32_t>(random() % static_cast<uint32_t>(n));
    };
    for (int round = 0; round < 200; ++round) {
        Document doc;
        const int32_t length = below(80);
        for (int32_t i = 0; i < length; ++i)
            doc.text.push_back(palette[static_cast<size_t>(below(16))]);
        // Spans may fall outside the text or inside a pair: the writer must repair them.
        const auto any_span = [&] {
            return Span{below(length + 4) - 2, below(length + 4) - 2};
        };
        doc.title = any_span();
        doc.dateline = Dateline{any_span(), "e1"};
        Entity entity;
        entity.id = "e1";
        entity.name = doc.text;
        for (int i = 0; i < 5; ++i)
            entity.mentions.push_back({any_span(), MentionForm::Name});
        doc.entities = {entity};
        for (int i = 0; i < 3; ++i) {
            Quote quote;
            quote.id = "q" + std::to_string(i + 1);
            quote.span = any_span();
            quote.speaker = Speaker{"e1", false, doc.text, any_span()};
            quote.cue = any_span();
            quote.sources = {QuoteSource{"e1", any_span()}};
            doc.quotes.push_back(quote);
        }
        const bool pretty = round % 2 == 1;
        const whosaid::test::ParseResult parsed =
            whosaid::test::parse_json(write_json(doc, {pretty, "g"}));
        INFO("round " << round << ": " << parsed.error);
        REQUIRE(parsed.ok);
        CHECK(whosaid::test::span_problems(parsed.value).empty());
    }
}

TEST_CASE("long texts keep every character, whatever its escape length", "[json]") {
    // Escapes of one to six bytes in a text far longer than the writer's internal blocks.
    const std::u16string piece = to_utf16("a\"\\\n\x01\xc3\xa9\xe2\x80\xaf\xf0\x9f\x8c\x8d");
    for (size_t repeat : {1u, 97u, 1000u}) {
        DYNAMIC_SECTION(repeat << " pieces") {
            Document doc;
            for (size_t i = 0; i < repeat; ++i)
                doc.text += piece;
            doc.text.push_back(char16_t(0xD800));
            const JsonValue json = parse(write_json(doc, {}));
            CHECK(json["text"].string == to_utf8(doc.text));
        }
    }
}
