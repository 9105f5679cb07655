#include "whosaid/json_writer.h"
#include "whosaid/unicode_text.h"
#include "writers/json_test_support.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>

using namespace whosaid;
using whosaid::test::JsonValue;

namespace {

// The span of the occurrence-th match of needle (UTF-8) in text, in UTF-16 units.
Span locate(const std::u16string& text, std::string_view needle, size_t occurrence = 0) {
    const std::u16string wanted = to_utf16(needle);
    size_t at = text.find(wanted);
    for (size_t i = 0; i < occurrence && at != std::u16string::npos; ++i)
        at = text.find(wanted, at + 1);
    REQUIRE(at != std::u16string::npos);
    return Span{static_cast<int32_t>(at), static_cast<int32_t>(at + wanted.size())};
}

JsonValue parse(const std::string& json) {
    const whosaid::test::ParseResult parsed = whosaid::test::parse_json(json);
    INFO(parsed.error);
    REQUIRE(parsed.ok);
    return parsed.value;
}

// Paragraphs are the non-empty lines of the text.
std::vector<Span> lines_of(const std::u16string& text) {
    std::vector<Span> lines;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(u'\n', start);
        if (end == std::u16string::npos)
            end = text.size();
        if (end > start)
            lines.push_back(Span{static_cast<int32_t>(start), static_cast<int32_t>(end)});
        start = end + 1;
    }
    return lines;
}

// A wire story written for this test: accents, « » with no-break and narrow no-break
// spaces, characters outside the BMP, ASCII double quotes, a quotation over two paragraphs,
// named, anonymous and unknown speakers.
Document french_story() {
    Document doc;
    doc.text = to_utf16(
        "Climat : la COP r\u00e9unit \U0001F30D cent pays \u00e0 Nairobi\n"
        "\n"
        "NAIROBI, 3 f\u00e9vr 2026 (AFP) - La ministre k\u00e9nyane de l'Environnement, Amina "
        "Wanjiru, a appel\u00e9 mardi \u00e0 \u00ab\u00a0agir sans d\u00e9lai\u00a0\u00bb. "
        "\u00ab\u00a0Nous n'avons plus le temps d'attendre \U0001D538\u00a0\u00bb, a-t-elle "
        "d\u00e9clar\u00e9 \u00e0 l'AFP.\n"
        "\u00ab\u202fLe compte n'y est pas\u202f\u00bb, a estim\u00e9 un diplomate europ\u00e9en, "
        "selon Reuters. Il a jug\u00e9 \u00ab\u00a0d\u00e9cevant\u00a0\u00bb le texte.\n"
        "\u00ab\u00a0Premier paragraphe de la citation.\n"
        "\u00ab\u00a0Suite de la citation\u00a0\u00bb, a ajout\u00e9 Mme Wanjiru.\n"
        "\"We are ready,\" she said in English, a \\ backslash and a tab\there.");
    doc.source.path = "articles/cop-nairobi.txt";
    doc.source.encoding = "UTF-8";
    doc.source.format = "text";
    doc.language = "fr";
    doc.paragraphs = lines_of(doc.text);
    doc.title = doc.paragraphs.front();
    doc.dateline = Dateline{locate(doc.text, "NAIROBI, 3 f\u00e9vr 2026 (AFP) -"), "e2"};
    doc.sentences = {
        doc.paragraphs[0], Span{doc.paragraphs[1].start, locate(doc.text, "lai\u00a0\u00bb.").end},
        locate(doc.text, "Il a jug\u00e9 \u00ab\u00a0d\u00e9cevant\u00a0\u00bb le texte.")};

    Entity wanjiru;
    wanjiru.id = "e1";
    wanjiru.kind = EntityKind::Person;
    wanjiru.name = u"Amina Wanjiru";
    wanjiru.aliases = {u"Mme Wanjiru", u"Wanjiru"};
    wanjiru.roles = {u"ministre k\u00e9nyane de l'Environnement"};
    wanjiru.gender = Gender::Feminine;
    wanjiru.mentions = {
        {locate(doc.text, "La ministre k\u00e9nyane de l'Environnement"), MentionForm::Description},
        {locate(doc.text, "Amina Wanjiru"), MentionForm::Name},
        {locate(doc.text, "elle"), MentionForm::Pronoun},
        {locate(doc.text, "Mme Wanjiru"), MentionForm::Title},
    };
    Entity afp;
    afp.id = "e2";
    afp.kind = EntityKind::Media;
    afp.name = u"AFP";
    afp.mentions = {{locate(doc.text, "AFP"), MentionForm::Acronym},
                    {locate(doc.text, "AFP", 1), MentionForm::Acronym}};
    Entity reuters;
    reuters.id = "e3";
    reuters.kind = EntityKind::Media;
    reuters.name = u"Reuters";
    reuters.mentions = {{locate(doc.text, "Reuters"), MentionForm::Name}};
    Entity nairobi;
    nairobi.id = "e4";
    nairobi.kind = EntityKind::Place;
    nairobi.name = u"Nairobi";
    nairobi.mentions = {{locate(doc.text, "Nairobi"), MentionForm::Name}};
    doc.entities = {wanjiru, afp, reuters, nairobi};

    Quote partial;
    partial.id = "q1";
    partial.span = locate(doc.text, "agir sans d\u00e9lai");
    partial.kind = QuoteKind::Partial;
    partial.group = "q1";
    partial.speaker = Speaker{"e1", false, u"", locate(doc.text, "Amina Wanjiru")};
    partial.cue = locate(doc.text, "a appel\u00e9");
    partial.rule = "fr.partial-after-verb";
    partial.confidence = 0.75;

    Quote direct;
    direct.id = "q2";
    direct.span = locate(doc.text, "Nous n'avons plus le temps d'attendre \U0001D538");
    direct.group = "q2";
    direct.speaker = Speaker{"e1", false, u"", locate(doc.text, "elle")};
    direct.cue = locate(doc.text, "d\u00e9clar\u00e9");
    direct.sources = {QuoteSource{"e2", locate(doc.text, "AFP", 1)}};
    direct.rule = "fr.quote-then-inverted-verb";
    direct.confidence = 0.9;

    Quote anonymous;
    anonymous.id = "q3";
    anonymous.span = locate(doc.text, "Le compte n'y est pas");
    anonymous.group = "q3";
    anonymous.speaker = Speaker{"", true, u"un diplomate europ\u00e9en",
                                locate(doc.text, "un diplomate europ\u00e9en")};
    anonymous.cue = locate(doc.text, "a estim\u00e9");
    anonymous.sources = {QuoteSource{"e3", locate(doc.text, "Reuters")}};
    anonymous.rule = "fr.quote-then-verb";
    anonymous.confidence = 0.8;

    Quote unattributed; // no speaker, no cue, no group: the writer fills the group
    unattributed.id = "q4";
    unattributed.span = locate(doc.text, "d\u00e9cevant");
    unattributed.kind = QuoteKind::Partial;
    unattributed.confidence = 0.5;

    Quote first_piece;
    first_piece.id = "q5";
    first_piece.span = locate(doc.text, "Premier paragraphe de la citation.");
    first_piece.group = "q5";
    first_piece.speaker = Speaker{"e1", false, u"", locate(doc.text, "Mme Wanjiru")};
    first_piece.cue = locate(doc.text, "a ajout\u00e9");
    first_piece.rule = "fr.quote-then-verb";
    first_piece.confidence = 0.85;
    Quote second_piece = first_piece;
    second_piece.id = "q6";
    second_piece.span = locate(doc.text, "Suite de la citation");

    Quote english;
    english.id = "q7";
    english.span = locate(doc.text, "We are ready,");
    english.group = "q7";
    english.speaker = Speaker{"e1", false, u"", std::nullopt};
    english.cue = locate(doc.text, "said");
    english.rule = "en.quote-then-pronoun-verb";
    english.confidence = 1.0;

    doc.quotes = {partial, direct, anonymous, unattributed, first_piece, second_piece, english};
    return doc;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

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
