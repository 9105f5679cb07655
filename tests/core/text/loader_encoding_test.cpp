#include "text/loader_test_support.h"

#include <cstdint>
#include <vector>

using namespace whosaid;
using whosaid::test::load_text;
using whosaid::test::utf8;

namespace {

// Guillemets with no-break spaces, é ê è, ï, €, and the typographic apostrophe.
const std::u16string kSentence =
    u"\u00AB\u00A0Le caf\u00E9 co\u00FBte 3\u00A0\u20AC\u00A0\u00BB, a dit l\u2019\u00E9l\u00E8ve "
    u"na\u00EFf \u00E0 la f\u00EAte.";
// The same without € and ’, which Latin-1 lacks.
const std::u16string kLatin1Sentence =
    u"\u00AB\u00A0Le caf\u00E9 co\u00FBte cher\u00A0\u00BB, a dit l'\u00E9l\u00E8ve na\u00EFf "
    u"\u00E0 la f\u00EAte.";

std::string utf16_bytes(std::u16string_view text, bool little_endian) {
    std::string bytes;
    for (char16_t unit : text) {
        const char low = static_cast<char>(unit & 0xFF);
        const char high = static_cast<char>(unit >> 8);
        bytes += little_endian ? std::string{low, high} : std::string{high, low};
    }
    return bytes;
}

std::string utf32_bytes(std::u16string_view text, bool little_endian) {
    std::string bytes;
    for (char16_t unit : text) { // BMP only, enough for these sentences
        const std::string be{'\0', '\0', static_cast<char>(unit >> 8),
                             static_cast<char>(unit & 0xFF)};
        bytes += little_endian ? std::string(be.rbegin(), be.rend()) : be;
    }
    return bytes;
}

// Single-byte encodings of the sentences: Latin-1 is the identity below U+0100, and
// windows-1252 differs only by putting € at 0x80 and ’ at 0x92.
std::string single_byte(std::u16string_view text) {
    std::string bytes;
    for (char16_t unit : text) {
        if (unit == u'\u20AC')
            bytes.push_back('\x80');
        else if (unit == u'\u2019')
            bytes.push_back('\x92');
        else
            bytes.push_back(static_cast<char>(unit));
    }
    return bytes;
}

struct EncodedSample {
    std::string label;
    std::string bytes;
    std::string encoding; // expected in SourceInfo
};

} // namespace

TEST_CASE("every encoding and byte order mark decodes to the same text", "[loader][encoding]") {
    const std::string utf8_bytes = utf8(kSentence);
    const std::vector<EncodedSample> samples = {
        {"UTF-8", utf8_bytes, "UTF-8"},
        {"UTF-8 with BOM", "\xEF\xBB\xBF" + utf8_bytes, "UTF-8"},
        {"UTF-16LE with BOM", "\xFF\xFE" + utf16_bytes(kSentence, true), "UTF-16LE"},
        {"UTF-16BE with BOM", "\xFE\xFF" + utf16_bytes(kSentence, false), "UTF-16BE"},
        {"UTF-16LE without BOM", utf16_bytes(kSentence, true), "UTF-16LE"},
        {"UTF-16BE without BOM", utf16_bytes(kSentence, false), "UTF-16BE"},
        {"UTF-32LE with BOM", std::string("\xFF\xFE\0\0", 4) + utf32_bytes(kSentence, true),
         "UTF-32LE"},
        {"UTF-32BE with BOM", std::string("\0\0\xFE\xFF", 4) + utf32_bytes(kSentence, false),
         "UTF-32BE"},
        {"windows-1252", single_byte(kSentence), "windows-1252"},
    };
    for (const std::string hint : {"", "fr", "en"}) {
        for (const EncodedSample& sample : samples) {
            DYNAMIC_SECTION(sample.label << ", language hint '" << hint << "'") {
                LoadOptions options;
                options.language_hint = hint;
                const Result<LoadedText> loaded =
                    Loader().load_bytes(sample.bytes, "article.txt", options);
                REQUIRE(loaded.ok());
                CHECK(utf8(loaded.value().text) == utf8(kSentence));
                CHECK(loaded.value().source.encoding == sample.encoding);
                CHECK(loaded.value().source.format == "text");
            }
        }
    }
}

TEST_CASE("Latin-1 text is detected and reported as ISO-8859-1", "[loader][encoding]") {
    const Result<LoadedText> loaded =
        Loader().load_bytes(single_byte(kLatin1Sentence), "article.txt", {});
    REQUIRE(loaded.ok());
    CHECK(utf8(loaded.value().text) == utf8(kLatin1Sentence));
    CHECK(loaded.value().source.encoding == "ISO-8859-1");
}

TEST_CASE("UTF-8 with a few bad bytes stays UTF-8, with a warning", "[loader][encoding]") {
    // This row used to expect windows-1252 for the whole file, which garbled every accented
    // name to save one word (issue 17): the bad byte is now replaced and reported instead.
    struct Row {
        std::string bytes;
        std::string expected; // UTF-8
        std::string warning;  // a part of the one warning
        std::uint64_t count;  // bytes replaced
        std::uint64_t first;  // offset of the first
    };
    const std::vector<Row> rows = {
        {utf8(u"Le pr\u00E9sident a parl\u00E9 ") + "\xE0 Paris.",
         utf8(u"Le pr\u00E9sident a parl\u00E9 \uFFFD Paris."), "1 byte is not valid UTF-8", 1, 23},
        {utf8(u"\u00AB Nous resterons \u00BB, a d\u00E9clar\u00E9 M. Dvo\u0159\u00E1k") + "\xFF.",
         utf8(u"\u00AB Nous resterons \u00BB, a d\u00E9clar\u00E9 M. Dvo\u0159\u00E1k\uFFFD."),
         "(the first at byte 45)", 1, 45},
        {utf8(u"\u201CWe stay,\u201D said Zo\u00EB Brenn\u00E9r") + "\x80\x80 " +
             utf8(u"\u2014 the union\u2019s chief."),
         utf8(u"\u201CWe stay,\u201D said Zo\u00EB Brenn\u00E9r\uFFFD\uFFFD \u2014 the "
              u"union\u2019s chief."),
         "2 bytes are not valid UTF-8", 2, 33},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.expected) {
            const Result<LoadedText> loaded = Loader().load_bytes(row.bytes, "article.txt", {});
            REQUIRE(loaded.ok());
            CHECK(loaded.value().source.encoding == "UTF-8");
            CHECK(utf8(loaded.value().text) == row.expected);
            REQUIRE(loaded.value().warnings.size() == 1);
            const LoadWarning& warning = loaded.value().warnings[0];
            CHECK(warning.kind == LoadWarning::Kind::InvalidUtf8);
            CHECK(warning.count == row.count);
            CHECK(warning.first_byte == row.first);
            CHECK(warning.message.rfind("article.txt: ", 0) == 0);
            CHECK(warning.message.find(row.warning) != std::string::npos);
        }
    }
}

TEST_CASE("a single-byte file is not taken for damaged UTF-8", "[loader][encoding]") {
    const std::vector<std::string> rows = {
        "caf\xE9",
        "Le pr\xE9sident a parl\xE9 \xE0 Paris, \xAB sans d\xE9lai \xBB.",
        "\x93We stay,\x94 said Zo\xEB Brenner \x96 the union\x92s chief.",
        // One chance UTF-8-like pair (a + NBSP + guillemet) among legacy bytes.
        "Il pense \xE0\xA0\xAB non \xBB, \xE0 l'\xE9vidence, a-t-il d\xE9"
        "clar\xE9.",
    };
    for (const std::string& bytes : rows) {
        DYNAMIC_SECTION(bytes) {
            const Result<LoadedText> loaded = Loader().load_bytes(bytes, "short.txt", {});
            REQUIRE(loaded.ok());
            CHECK(loaded.value().source.encoding != "UTF-8");
            CHECK(loaded.value().warnings.empty());
            CHECK(utf8(loaded.value().text).find('\xEF') == std::string::npos); // no U+FFFD
        }
    }
}

TEST_CASE("an explicit encoding overrides detection", "[loader][encoding]") {
    struct Row {
        std::string encoding;
        std::string bytes;
        std::u16string expected;
        std::string reported;
    };
    const std::vector<Row> rows = {
        {"latin1", "caf\xC3\xA9", u"caf\u00C3\u00A9", "ISO-8859-1"},
        {"ISO-8859-1", single_byte(kLatin1Sentence), kLatin1Sentence, "ISO-8859-1"},
        {"windows-1252", single_byte(kSentence), kSentence, "windows-1252"},
        {"cp1252", "l\x92\x80", u"l\u2019\u20AC", "windows-1252"},
        {"UTF-16LE", utf16_bytes(kSentence, true), kSentence, "UTF-16LE"},
        {"UTF-16BE", "\xFE\xFF" + utf16_bytes(kSentence, false), kSentence, "UTF-16BE"},
        {"utf8", utf8(kSentence), kSentence, "UTF-8"},
        {"ISO-8859-15", "\xA4", u"\u20AC", "ISO-8859-15"},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.encoding) {
            LoadOptions options;
            options.encoding = row.encoding;
            const Result<LoadedText> loaded = Loader().load_bytes(row.bytes, "a.txt", options);
            REQUIRE(loaded.ok());
            CHECK(utf8(loaded.value().text) == utf8(row.expected));
            CHECK(loaded.value().source.encoding == row.reported);
        }
    }
}

TEST_CASE("an unknown or unfitting explicit encoding is a BadEncoding error",
          "[loader][encoding]") {
    LoadOptions options;
    options.encoding = "klingon-8";
    const Result<LoadedText> unknown = Loader().load_bytes("abc", "depeche.txt", options);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::BadEncoding);
    CHECK_THAT(unknown.error().message,
               Catch::Contains("depeche.txt") && Catch::Contains("klingon-8"));

    options.encoding = "UTF-8";
    const Result<LoadedText> invalid = Loader().load_bytes("abc\xFF", "depeche.txt", options);
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().code == ErrorCode::BadEncoding);
    CHECK_THAT(invalid.error().message, Catch::Contains("depeche.txt") && Catch::Contains("UTF-8"));
}

TEST_CASE("a truncated UTF-16 file with a BOM keeps its text", "[loader][encoding]") {
    const std::string bytes = "\xFF\xFE" + utf16_bytes(u"oui", true) + "x";
    const Result<LoadedText> loaded = Loader().load_bytes(bytes, "a.txt", {});
    REQUIRE(loaded.ok());
    CHECK(loaded.value().source.encoding == "UTF-16LE");
    CHECK(loaded.value().text == u"oui\uFFFD");
}

TEST_CASE("an HTML page's declared charset is used when the bytes are not UTF-8",
          "[loader][encoding]") {
    struct Row {
        std::string label;
        std::string html;
        std::u16string expected;
        std::string reported;
    };
    const std::vector<Row> rows = {
        {"ISO-8859-15 declared", "<meta charset=\"ISO-8859-15\"><p>3 \xA4</p>", u"3 \u20AC",
         "ISO-8859-15"},
        {"http-equiv form",
         "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\">"
         "<p>\xA4</p>",
         u"\u20AC", "ISO-8859-15"},
        {"Latin-1 declared means windows-1252", "<meta charset=iso-8859-1><p>l\x92\xE9t\xE9</p>",
         u"l\u2019\u00E9t\u00E9", "windows-1252"},
        {"UTF-8 declared but not true", "<meta charset=\"utf-8\"><p>l\x92\xE9t\xE9</p>",
         u"l\u2019\u00E9t\u00E9", "windows-1252"},
        {"UTF-8 bytes win over a wrong declaration",
         "<meta charset=\"iso-8859-15\"><p>\xC3\xA9t\xC3\xA9</p>", u"\u00E9t\u00E9", "UTF-8"},
        {"unknown label ignored", "<meta charset=\"x-nonsense\"><p>l\x92\xE9t\xE9</p>",
         u"l\u2019\u00E9t\u00E9", "windows-1252"},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.label) {
            const Result<LoadedText> loaded = Loader().load_bytes(row.html, "page.html", {});
            REQUIRE(loaded.ok());
            CHECK(utf8(loaded.value().text) == utf8(row.expected));
            CHECK(loaded.value().source.encoding == row.reported);
        }
    }
}
