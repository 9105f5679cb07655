#include "whosaid/unicode_text.h"

#include <catch2/catch.hpp>

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
