#include "actors/lower_case_words.h"
#include "actors/token_stream.h"

#include <catch2/catch.hpp>
#include <iterator>
#include <string>
#include <string_view>

using whosaid::actors::LowerCaseWords;
using whosaid::actors::TokenStream;

namespace {

// The index of the first token whose text is word.
size_t token_of(const TokenStream& tokens, std::u16string_view word) {
    for (size_t i = 0; i < tokens.size(); ++i)
        if (tokens.text(i) == word)
            return i;
    FAIL("no token reads the word");
    return tokens.size();
}

// The answer by reading every token: a capitalized opener whose key some lower-case word
// shares.
bool written_lower_by_scan(const TokenStream& tokens, size_t i) {
    using namespace whosaid::actors;
    if (!tokens.has(i, kInitial) || !tokens.has(i, kUpper))
        return false;
    for (size_t j = 0; j < tokens.size(); ++j)
        if (tokens.has(j, kLower) && tokens.key(j) == tokens.key(i))
            return true;
    return false;
}

} // namespace

TEST_CASE("sentence openers the article writes in lower case", "[core][actors]") {
    struct Row {
        const char16_t* text;
        const char16_t* opener;
        bool written_lower;
    };
    const Row rows[] = {
        {u"Given the delay, the board met. The delay was given as the reason.", u"Given", true},
        {u"Debating ended late. Senators kept debating the bill.", u"Debating", true},
        {u"Selon la police, le cortège a défilé. Il a marché selon le plan.", u"Selon", true},
        // Same length and first letter as a lower-case word, which is not the same word.
        {u"Given the delay, the board met. A gamma ray was seen.", u"Given", false},
        {u"Martin Dupont a parlé. Le marin a répondu.", u"Martin", false},
        // A hyphenated common word is two words: its first half is written in lower case.
        {u"Martin Dupont a parlé. Le martin-pêcheur a volé.", u"Martin", true},
        {u"Ayrault a parlé. Le ministre Ayrault a répondu.", u"Ayrault", false},
        // Accents fold: the key, not the text, is compared.
        {u"Élevé à Lyon, il a parlé. Le niveau est élevé.", u"Élevé", true},
    };
    for (size_t row_index = 0; row_index < std::size(rows); ++row_index) {
        const Row& row = rows[row_index];
        const std::u16string text = row.text;
        const TokenStream tokens(text, {});
        const LowerCaseWords words(tokens);
        const size_t opener = token_of(tokens, row.opener);
        CAPTURE(row_index);
        CHECK(words.opener_written_lower(opener) == row.written_lower);
    }
}

TEST_CASE("only capitalized openers are asked about", "[core][actors]") {
    const std::u16string text = u"Senators met. The senators left, and Given spoke.";
    const TokenStream tokens(text, {});
    const LowerCaseWords words(tokens);
    // "Given" inside the sentence is no opener: a name, whatever the article writes.
    CHECK_FALSE(words.opener_written_lower(token_of(tokens, u"Given")));
    CHECK_FALSE(words.opener_written_lower(token_of(tokens, u"senators")));
    CHECK(words.opener_written_lower(token_of(tokens, u"Senators")));
}

TEST_CASE("openers written in lower case agree with a scan of every token", "[core][actors]") {
    std::u16string text;
    const char16_t* sentences[] = {u"Given the delay, the board met. ",
                                   u"Martin left. ",
                                   u"The martin flew. ",
                                   u"Selon lui, tout va bien. ",
                                   u"« Nous verrons », a-t-il dit selon un témoin. ",
                                   u"Gamma rays were given off. ",
                                   u"Debating ended. ",
                                   u"ÉLECTIONS : les résultats. "};
    for (int round = 0; round < 3; ++round)
        for (const char16_t* sentence : sentences)
            text += sentence;
    const TokenStream tokens(text, {});
    const LowerCaseWords words(tokens);
    for (size_t i = 0; i < tokens.size(); ++i) {
        CAPTURE(i);
        CHECK(words.opener_written_lower(i) == written_lower_by_scan(tokens, i));
    }
}
