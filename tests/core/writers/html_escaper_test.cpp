#include "writers/html_escaper.h"

#include <catch2/catch.hpp>
#include <string>

using whosaid::writers::append_escaped;
using whosaid::writers::append_escaped_utf8;

TEST_CASE("append_escaped makes every markup character inert", "[html]") {
    struct Row {
        std::u16string input;
        std::string expected;
    };
    const Row rows[] = {
        {u"plain text", "plain text"},
        {u"<script>", "&lt;script&gt;"},
        {u"a & b", "a &amp; b"},
        {u"\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"},
        {u"</style>]]>", "&lt;/style&gt;]]&gt;"},
        {u"&amp;", "&amp;amp;"},
        {u"«\u00a0été\u00a0»", "«\u00a0été\u00a0»"},
        {u"😀 𠀀", "😀 𠀀"},
        {u"tab\tline\nend", "tab\tline\nend"},
        {std::u16string(u"nul\0x", 5), "nul\uFFFDx"},
        {u"c1\u0085 del\u007f", "c1\uFFFD del\uFFFD"},
        {u"lone \xD800 high", "lone \uFFFD high"},
        {u"lone \xDC00 low", "lone \uFFFD low"},
        {u"non \uFFFE \uFFFF \uFDD0", "non \uFFFD \uFFFD \uFFFD"},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION("row " << row.expected) {
            std::string out = "prefix:";
            append_escaped(out, row.input);
            CHECK(out == "prefix:" + row.expected);
        }
    }
}

TEST_CASE("append_escaped_utf8 escapes and repairs UTF-8", "[html]") {
    std::string out;
    append_escaped_utf8(out, "<b>\xff\xfe</b> é");
    CHECK(out == "&lt;b&gt;\uFFFD\uFFFD&lt;/b&gt; é");
}

TEST_CASE("names cannot reverse the text around them", "[html][bidi]") {
    using whosaid::writers::append_escaped_name;
    using whosaid::writers::append_isolated_name;
    struct Row {
        std::u16string name;
        std::string attribute; // append_escaped_name
    };
    const Row rows[] = {
        {u"Anna Kowalczyk", "Anna Kowalczyk"},
        {u"\u202Eevil\u202C name", "evil name"},
        {u"a\u202Ab\u202Bc\u202Dd", "abcd"},
        {u"\u2066iso\u2067late\u2068d\u2069", "isolated"},
        {u"<b>\u202E</b>", "&lt;b&gt;&lt;/b&gt;"},
        // Right-to-left letters and the marks (LRM, RLM) are kept: they end with the name.
        {u"\u05D3\u05E0\u05D4 \u05DC\u05D5\u05D9\u200F",
         "\u05D3\u05E0\u05D4 \u05DC\u05D5\u05D9\u200F"},
    };
    for (const Row& row : rows) {
        std::string attribute;
        append_escaped_name(attribute, row.name);
        CHECK(attribute == row.attribute);
        std::string content;
        append_isolated_name(content, row.name);
        CHECK(content == "<bdi>" + row.attribute + "</bdi>");
    }
}
