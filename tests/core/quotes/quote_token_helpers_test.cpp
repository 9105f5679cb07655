// The lookup helpers of the quotation rules: word class table, phrase trie, tokenizer shortcuts.
#include "quotes/phrase_trie.h"
#include "quotes/token_tests.h"
#include "quotes/word_class.h"
#include "quotes/word_class_table.h"
#include "quotes/word_tokenizer.h"

#include <catch2/catch.hpp>
#include <string>
#include <unicode/uchar.h>
#include <vector>

using namespace whosaid::quotes;

TEST_CASE("WordClassTable ORs the classes of a word and answers 0 for others") {
    WordClassTable table;
    table.add(u"a", WordClass::kAuxiliary);
    table.add(u"a", WordClass::kVerbStart);
    table.add(u",", WordClass::kComplementizer);
    table.add(u"\u00e0", WordClass::kPreposition);
    table.add(u"selon", WordClass::kVerbStart);
    // Enough words to make the table grow several times.
    for (int i = 0; i < 500; ++i)
        table.add(u"mot" + std::u16string(1, static_cast<char16_t>(u'a' + i % 26)) +
                      std::u16string(static_cast<size_t>(i / 26 + 1), u'x'),
                  WordClass::kAdverb);
    const struct {
        std::u16string word;
        uint32_t classes;
    } rows[] = {
        {u"a", WordClass::kAuxiliary | WordClass::kVerbStart},
        {u",", WordClass::kComplementizer},
        {u"\u00e0", WordClass::kPreposition},
        {u"selon", WordClass::kVerbStart},
        {u"motax", WordClass::kAdverb},
        {u"motqy", 0},
        {u"selo", 0},
        {u"b", 0},
        {u"", 0},
        {u"unmotbienpluslongquetouslesautres", 0},
    };
    for (const auto& row : rows)
        CHECK(table.find(row.word) == row.classes);
}

namespace {

// Tokens of a text, classified by table; they point into folded, kept with them.
struct Classified {
    std::u16string folded;
    TokenList tokens;
};

Classified classified(std::u16string_view text, const WordClassTable& table) {
    Classified out;
    out.folded.reserve(text.size());
    WordTokenizer::append(text, 0, static_cast<int32_t>(text.size()), out.tokens, out.folded);
    for (Token& t : out.tokens)
        t.classes = table.find(t.folded());
    return out;
}

} // namespace

TEST_CASE("PhraseTrie matches longest first and reads a capital A as \u00c0") {
    PhraseTrie trie(WordClass::kVerbStart);
    trie.add(WordTokenizer::fold_phrase(u"a d\u00e9clar\u00e9"), 0);
    trie.add(WordTokenizer::fold_phrase(u"a fait savoir"), 1);
    trie.add(WordTokenizer::fold_phrase(u"\u00e0 ses yeux"), 2);
    WordClassTable table;
    for (std::u16string_view word : trie.first_words())
        table.add(word, WordClass::kVerbStart);
    // A phrase's first word and "a", which stands for "à".
    CHECK(table.find(u"a") == WordClass::kVerbStart);
    CHECK(table.find(u"\u00e0") == WordClass::kVerbStart);
    CHECK(table.find(u"fait") == 0);

    const struct {
        std::u16string text;
        int32_t payload;
        int32_t length;
    } rows[] = {
        {u"a d\u00e9clar\u00e9 le ministre", 0, 2},
        {u"A fait savoir", 1, 3},
        {u"a fait", -1, 0},
        {u"\u00e0 ses yeux", 2, 3},
        {u"A ses yeux", -1, 0}, // "a" is a first word of its own: "à" is tried only without one
        {u"fait savoir", -1, 0},
        {u"selon lui", -1, 0},
    };
    for (const auto& row : rows) {
        const Classified text = classified(row.text, table);
        const auto [payload, length] = trie.longest(text.tokens, 0, text.tokens.size());
        CHECK(payload == row.payload);
        CHECK(length == row.length);
    }
}

TEST_CASE("PhraseTrie reads a capital A as \u00c0 when no phrase starts with a") {
    PhraseTrie trie;
    trie.add(WordTokenizer::fold_phrase(u"\u00e0 ses yeux"), 7);
    const Classified text = classified(u"A ses yeux", WordClassTable());
    CHECK(trie.longest(text.tokens, 0, text.tokens.size()) == std::pair<int32_t, int32_t>{7, 3});
    CHECK(trie.longest(text.tokens, 0, 2) == std::pair<int32_t, int32_t>{-1, 0});
}

TEST_CASE("first_token_folds_to agrees with fold_phrase") {
    const std::u16string phrases[] = {u"Ministre de l'Int\u00e9rieur",
                                      u"  porte-parole",
                                      u"\u00c0 la une",
                                      u"\u00e0",
                                      u"\u2019apr\u00e8s",
                                      u"Premi\u00e8re ministre",
                                      u"CEO"};
    const std::u16string folded[] = {u"ministre", u"porte", u"\u00e0", u"a", u"'",
                                     u"premiere", u"ceo",   u"",       u"la"};
    for (const std::u16string& phrase : phrases)
        for (const std::u16string& word : folded)
            CHECK(WordTokenizer::first_token_folds_to(phrase, word) ==
                  (!word.empty() && WordTokenizer::fold_phrase(phrase).front() == word));
    CHECK_FALSE(WordTokenizer::first_token_folds_to(u"   ", u"a"));
}

TEST_CASE("skip_ascii_lower stops at the first unit that is no ASCII small letter") {
    const struct {
        std::u16string text;
        size_t run;
    } rows[] = {
        {u"", 0},         {u"abc", 3},          {u"abcdefgh", 8}, {u"abcdefghi.", 9},
        {u"abcD", 3},     {u"abcde\u00e9f", 5}, {u"Abc", 0},      {u"abcdefg{", 7},
        {u"abcdefg`", 7}, {u"zzzz zzzz", 4},    {u"a1", 1},       {u"abcdefghijklmnop", 16},
    };
    for (const auto& row : rows) {
        const char16_t* begin = row.text.data();
        CHECK(static_cast<size_t>(WordTokenizer::skip_ascii_lower(begin, begin + row.text.size()) -
                                  begin) == row.run);
    }
}

TEST_CASE("is_word_char's Latin shortcut agrees with ICU") {
    for (char16_t c = 0xC0; c <= 0x17F; ++c)
        CHECK(WordTokenizer::is_word_char(c) == (u_isalnum(c) || u_getCombiningClass(c) != 0));
}

TEST_CASE("is_dash takes every dash, is_long_dash all but the hyphen's") {
    const struct {
        std::u16string text; // one punctuation character or a word
        bool dash;
        bool long_dash;
    } rows[] = {
        {u"-", true, false},     {u"\u2010", true, false}, {u"\u2011", true, false},
        {u"\u2012", true, true}, {u"\u2013", true, true},  {u"\u2014", true, true},
        {u"\u2015", true, true}, {u"\u2212", true, false}, {u",", false, false},
        {u"(", false, false},    {u"tiret", false, false}, {u"\u00ab", false, false},
    };
    for (const auto& row : rows) {
        std::u16string folded;
        TokenList tokens;
        WordTokenizer::append(row.text, 0, static_cast<int32_t>(row.text.size()), tokens, folded);
        REQUIRE(tokens.size() == 1);
        CHECK(is_dash(tokens[0]) == row.dash);
        CHECK(is_long_dash(tokens[0]) == row.long_dash);
    }
}
