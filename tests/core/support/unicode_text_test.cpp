#include "whosaid/unicode_text.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <string_view>
#include <unicode/utf16.h>
#include <unicode/utf8.h>
#include <vector>

using namespace whosaid;

TEST_CASE("UTF-8 and UTF-16 round-trip, including characters outside the BMP", "[unicode]") {
    const std::string utf8 = "Sergue\xc3\xaf \xf0\x9f\x98\x80 \xc2\xab\xc2\xa0oui\xc2\xa0\xc2\xbb";
    const std::u16string utf16 = to_utf16(utf8);
    CHECK(utf16.size() == 18);
    CHECK(to_utf8(utf16) == utf8);
}

TEST_CASE("invalid UTF-8 and lone surrogates become U+FFFD", "[unicode]") {
    CHECK(to_utf16("a\xff"
                   "b") == u"a\uFFFDb");
    const std::u16string lone{u'a', char16_t(0xD800), u'b'};
    CHECK(to_utf8(lone) == "a\xef\xbf\xbd"
                           "b");
}

TEST_CASE("code point map counts surrogate pairs once", "[unicode]") {
    const std::u16string text = to_utf16("a\xf0\x9f\x98\x80"
                                         "b\xf0\x9f\x98\x80"
                                         "c");
    const CodePointMap map(text);
    CHECK(map(0) == 0);
    CHECK(map(1) == 1);
    CHECK(map(3) == 2);
    CHECK(map(4) == 3);
    CHECK(map(6) == 4);
    CHECK(map(7) == 5);

    const std::u16string plain = u"abc";
    const CodePointMap identity(plain);
    CHECK(identity(2) == 2);
}

TEST_CASE("folding for matching ignores case, accents and apostrophe style", "[unicode]") {
    CHECK(fold_for_matching(u"Sergue\u00ef") == u"serguei");
    CHECK(fold_for_matching(u"\u00c9tats-Unis") == u"etats-unis");
    CHECK(fold_for_matching(u"l\u2019ONU") == u"l'onu");
}

namespace {

// to_utf16 as ICU's macros decode, one code point at a time: the answer of the fast paths.
std::u16string decode_one_by_one(std::string_view utf8) {
    std::u16string out;
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0)
            c = 0xFFFD;
        if (U_IS_BMP(c)) {
            out.push_back(static_cast<char16_t>(c));
        } else {
            out.push_back(U16_LEAD(c));
            out.push_back(U16_TRAIL(c));
        }
    }
    return out;
}

} // namespace

TEST_CASE("to_utf16 decodes as ICU does, ASCII runs, errors and all", "[unicode]") {
    // Pieces of every kind: ASCII runs of every length around the eight-byte blocks, two-,
    // three- and four-byte characters, and broken sequences (lone continuation, truncated
    // lead, overlong, surrogate, beyond U+10FFFF).
    const std::vector<std::string> pieces = {"a",
                                             "Le ministre",
                                             "12345678",
                                             " ",
                                             "\xc3\xa9",
                                             "\xc2\xab",
                                             "\xe2\x80\x99",
                                             "\xf0\x9f\x98\x80",
                                             "\x80",
                                             "\xc3",
                                             "\xe2\x80",
                                             "\xc0\xaf",
                                             "\xed\xa0\x80",
                                             "\xf4\x90\x80\x80",
                                             "\xff",
                                             "\xdf\xbf",
                                             "\x7f",
                                             "abcdefghijklmnop"};
    std::mt19937 random(5);
    for (int i = 0; i < 20000; ++i) {
        std::string utf8;
        for (size_t n = random() % 12; n > 0; --n)
            utf8 += pieces[random() % pieces.size()];
        INFO(i);
        REQUIRE(to_utf16(utf8) == decode_one_by_one(utf8));
    }
}
