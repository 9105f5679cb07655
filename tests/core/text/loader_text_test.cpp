#include "text/loader_test_support.h"

#include <random>
#include <string>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <vector>

using namespace whosaid;
using whosaid::test::load_text;
using whosaid::test::utf8;

namespace {

struct TextRow {
    std::u16string input;
    std::u16string expected;
};

void check_rows(const std::vector<TextRow>& rows, std::string_view name) {
    for (std::size_t k = 0; k < rows.size(); ++k) {
        DYNAMIC_SECTION("row " << k << ": " << utf8(rows[k].input)) {
            CHECK(utf8(load_text(utf8(rows[k].input), name)) == utf8(rows[k].expected));
        }
    }
}

} // namespace

TEST_CASE("every kind of line end becomes a line feed", "[loader][normalize]") {
    check_rows(
        {
            {u"un\r\ndeux\r\n", u"un\ndeux\n"},
            {u"un\rdeux\r\rtrois", u"un\ndeux\n\ntrois"},
            {u"un\r\n\r\ndeux", u"un\n\ndeux"},
            {u"un\u0085deux", u"un\ndeux"},
            {u"un\u2028deux\u2029trois", u"un\ndeux\ntrois"},
            {u"\r", u"\n"},
        },
        "a.txt");
}

TEST_CASE("text comes out in NFC", "[loader][normalize]") {
    check_rows(
        {
            {u"e\u0301le\u0300ve", u"\u00E9l\u00E8ve"},
            {u"Sergue\u0131\u0308", u"Sergue\u0131\u0308"}, // dotless ı has no ï form
            {u"Serguei\u0308", u"Sergue\u00EF"},
            {u"A\u030Angstr\u00F6m", u"\u00C5ngstr\u00F6m"},
            {u"\u212B", u"\u00C5"}, // the Ångström sign is a singleton
        },
        "a.txt");
}

TEST_CASE("no-break spaces and other characters survive", "[loader][normalize]") {
    check_rows(
        {
            {u"\u00AB\u00A0Oui\u00A0\u00BB et \u00AB\u202FNon\u202F\u00BB",
             u"\u00AB\u00A0Oui\u00A0\u00BB et \u00AB\u202FNon\u202F\u00BB"},
            {u"a\tb\fc\u200Bd \U0001F600", u"a\tb\fc\u200Bd \U0001F600"},
            {u"  indented", u"  indented"},
        },
        "a.txt");
}

TEST_CASE("a leading BOM character goes, and trailing blanks of each line", "[loader][normalize]") {
    check_rows(
        {
            {u"\uFEFFTexte", u"Texte"},
            {u"a\uFEFFb", u"a\uFEFFb"},
            {u"fin   \nsuite\t\n  \nfin ", u"fin\nsuite\n\nfin"},
            {u"espace\u00A0\n", u"espace\u00A0\n"},
        },
        "a.txt");
}

TEST_CASE("empty and one-byte inputs are valid", "[loader]") {
    const Result<LoadedText> empty = Loader().load_bytes("", "vide.txt", {});
    REQUIRE(empty.ok());
    CHECK(empty.value().text.empty());
    CHECK(empty.value().source.encoding == "UTF-8");
    CHECK(load_text("a", "a.txt") == u"a");
    CHECK(load_text("\n", "a.txt") == u"\n");
}

TEST_CASE("binary content is refused", "[loader][binary]") {
    struct Row {
        std::string label;
        std::string bytes;
    };
    std::string zip("PK\x03\x04\x14\0\x08\0\x08\0", 10);
    zip += "word/document.xml";
    std::string controls;
    for (int k = 0; k < 200; ++k)
        controls += (k % 10 == 0) ? '\x01' : 'a';
    std::string image("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    const std::vector<Row> rows = {
        {"zip header", zip},
        {"PNG header", image},
        {"10% control characters", controls},
        {"a NUL in the middle of UTF-8", std::string("texte\0texte", 11)},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.label) {
            const Result<LoadedText> loaded = Loader().load_bytes(row.bytes, "image.bin", {});
            REQUIRE_FALSE(loaded.ok());
            CHECK(loaded.error().code == ErrorCode::BinaryContent);
            CHECK_THAT(loaded.error().message, Catch::Contains("image.bin"));
        }
    }
}

TEST_CASE("a stray control character does not make text binary", "[loader][binary]") {
    CHECK(load_text("fin du texte\x1A", "a.txt") == u"fin du texte\u001A");
    CHECK(load_text("a\x1B", "a.txt") == u"a\u001B");
}

TEST_CASE("the size limit is checked on bytes too", "[loader]") {
    LoadOptions options;
    options.max_bytes = 10;
    CHECK(Loader().load_bytes("0123456789", "a.txt", options).ok());
    const Result<LoadedText> loaded = Loader().load_bytes("0123456789A", "long.txt", options);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().code == ErrorCode::TooLarge);
    CHECK_THAT(loaded.error().message, Catch::Contains("long.txt") && Catch::Contains("11"));
}

TEST_CASE("the format comes from the option, the name, then the content", "[loader][format]") {
    struct Row {
        std::string name;
        std::string format_option;
        std::string content;
        std::string expected;
    };
    const std::vector<Row> rows = {
        {"a.html", "", "<p>x</p>", "html"},
        {"A.HTM", "", "<p>x</p>", "html"},
        {"dir.v2/a.xhtml", "", "<p>x</p>", "html"},
        {"a.md", "", "# x", "markdown"},
        {"a.Markdown", "", "# x", "markdown"},
        {"a.txt", "", "<!DOCTYPE html><p>x</p>", "text"},
        {"article", "", "  <!doctype HTML><p>x</p>", "html"},
        {"article.dat", "", "<html><body>x</body></html>", "html"},
        {"article", "", "<p>x</p>", "text"},
        {"", "", "texte", "text"},
        {"a.html", "text", "<p>x</p>", "text"},
        {"a.txt", "markdown", "# x", "markdown"},
        {"a.md", "html", "<p>x</p>", "html"},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.name << " [" << row.format_option << "]") {
            LoadOptions options;
            options.format = row.format_option;
            const Result<LoadedText> loaded = Loader().load_bytes(row.content, row.name, options);
            REQUIRE(loaded.ok());
            CHECK(loaded.value().source.format == row.expected);
            CHECK(utf8(loaded.value().text).find(row.expected == "text" ? "" : "<") ==
                  (row.expected == "text" ? 0 : std::string::npos));
        }
    }
}

TEST_CASE("an unknown format option is an InvalidArgument error", "[loader][format]") {
    LoadOptions options;
    options.format = "rtf"; // was "pdf", which the loader reads now
    const Result<LoadedText> loaded = Loader().load_bytes("x", "a.txt", options);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().code == ErrorCode::InvalidArgument);
    CHECK_THAT(loaded.error().message, Catch::Contains("rtf"));
}

TEST_CASE("hostile inputs load in linear time", "[loader][performance]") {
    // Quadratic scans would take minutes on these; linear ones take milliseconds. Markdown
    // lines stay under the length past which inline markup is not parsed.
    const std::size_t size = 2'000'000;
    const std::size_t line_length = 60'000;
    struct Row {
        std::string name;
        std::string unit;
    };
    const std::vector<Row> rows = {
        {"a.md", "["},        {"a.md", "*a"},         {"a.md", "`"},    {"a.md", "_ "},
        {"a.md", "[a]("},     {"a.md", "<http://"},   {"a.md", "**a_"}, {"a.md", "![a]"},
        {"a.html", "<a x='"}, {"a.html", "<p>"},      {"a.html", "&"},  {"a.html", "<nav>"},
        {"a.html", "<!--"},   {"a.html", "<script>"}, {"a.txt", "\r"},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.name << " filled with " << row.unit) {
            std::string bytes;
            while (bytes.size() < size) {
                for (std::size_t k = 0; k < line_length; k += row.unit.size())
                    bytes += row.unit;
                bytes += '\n';
            }
            CHECK(Loader().load_bytes(bytes, row.name, {}).ok());
        }
    }
}

TEST_CASE("loaded text is always clean, whatever the format and the mix", "[loader][property]") {
    // Random mixes of line ends, decomposed letters, markup and blanks, with a fixed seed.
    const std::vector<std::string> pieces = {"\r\n",
                                             "\r",
                                             "\n",
                                             "\n\n",
                                             "e\xCC\x81",
                                             "\xE2\x80\xA8",
                                             "\xC2\x85",
                                             " ",
                                             "\t",
                                             "<p>",
                                             "</p>",
                                             "<br>",
                                             "&eacute;",
                                             "&#769;",
                                             "*",
                                             "_",
                                             "# ",
                                             "> ",
                                             "- ",
                                             "`",
                                             "[a](b)",
                                             "mot",
                                             "\xC2\xAB\xC2\xA0",
                                             "\xC2\xA0\xC2\xBB",
                                             "<script>x</script>"};
    std::mt19937 random(20141126);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    const icu::Normalizer2* nfc = nullptr;
    UErrorCode status = U_ZERO_ERROR;
    nfc = icu::Normalizer2::getNFCInstance(status);
    REQUIRE(U_SUCCESS(status));
    for (int round = 0; round < 200; ++round) {
        std::string bytes;
        for (int k = 0; k < 40; ++k)
            bytes += pieces[pick(random)];
        for (const char* name : {"a.txt", "a.html", "a.md"}) {
            const std::u16string text = load_text(bytes, name);
            INFO(name << ": " << bytes);
            CHECK(text.find_first_of(u"\r\u0085\u2028\u2029\uFEFF") == std::u16string::npos);
            CHECK(text.find(u" \n") == std::u16string::npos);
            CHECK(text.find(u"\t\n") == std::u16string::npos);
            const icu::UnicodeString unicode(false, text.data(), static_cast<int32_t>(text.size()));
            CHECK(nfc->isNormalized(unicode, status));
        }
    }
}
