#include "actors/flat_key_table.h"

#include <catch2/catch.hpp>
#include <string>

using whosaid::actors::FlatKeyTable;
using whosaid::support::KeyMap;

TEST_CASE("FlatKeyTable finds every key of its map and nothing else") {
    KeyMap<uint16_t> map{{u"ministre", 1}, {u"président", 2},      {u"de", 16},
                         {u"al", 64},      {u"jean-marc", 32 | 1}, {u"", 8}};
    const FlatKeyTable table(map);
    REQUIRE(table.size() == map.size());
    for (const auto& [key, value] : map) {
        DYNAMIC_SECTION("key of " << key.size() << " units") {
            CHECK(table.find(key) == value);
        }
    }
    const std::u16string_view absent[] = {u"ministres", u"ministr",   u"Ministre", u"d",
                                          u"president", u"jean marc", u"x"};
    for (std::u16string_view key : absent)
        CHECK(table.find(key) == 0);
}

TEST_CASE("FlatKeyTable stays correct when probes collide in a full table") {
    KeyMap<uint16_t> map;
    for (int i = 1; i <= 5000; ++i)
        map.emplace(u"w" + std::u16string(static_cast<size_t>(i % 7 + 1), u'a') +
                        std::u16string(1, static_cast<char16_t>(0x100 + i)),
                    static_cast<uint16_t>(i));
    const FlatKeyTable table(map);
    CHECK(table.size() == 5000);
    size_t found = 0;
    for (const auto& [key, value] : map)
        found += table.find(key) == value ? 1 : 0;
    CHECK(found == map.size());
    CHECK(table.find(u"wa") == 0);
    CHECK(table.find(std::u16string(1, static_cast<char16_t>(0x100 + 3))) == 0);
}

TEST_CASE("FlatKeyTable drops zero values and answers 0 when empty") {
    const FlatKeyTable empty;
    CHECK(empty.find(u"de") == 0);
    const FlatKeyTable table(KeyMap<uint16_t>{{u"zero", 0}, {u"one", 1}});
    CHECK(table.size() == 1);
    CHECK(table.find(u"zero") == 0);
    CHECK(table.find(u"one") == 1);
}
