#include "actors/actor_lexicon.h"
#include "actors/token_stream.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using whosaid::actors::TokenStream;

namespace {

// The first token starting at or after position, by reading every token.
size_t first_from_by_scan(const TokenStream& tokens, int32_t position) {
    size_t i = 0;
    while (i < tokens.size() && tokens[i].span.start < position)
        ++i;
    return i;
}

} // namespace

TEST_CASE("the token stream finds the first token from any position", "[core][tokens]") {
    std::u16string text = u"« Nous ne céderons pas », a déclaré M. Lavrov, cité par l'agence "
                          u"Interfax.\n\nLONDRES (Reuters) - Jean-Marc Ayrault   a  quitté ";
    // Long enough for several blocks of the index, with runs of spaces between them.
    for (int i = 0; i < 6; ++i)
        text += std::u16string(70 + i, u' ') + u"Kim Jong-un a parlé à Séoul.";
    const TokenStream tokens(text, {});
    REQUIRE(tokens.size() > 60);
    for (int32_t position = -3; position <= static_cast<int32_t>(text.size()) + 130; ++position)
        REQUIRE(tokens.first_from(position) == first_from_by_scan(tokens, position));
}

TEST_CASE("the token stream of an empty text answers every position", "[core][tokens]") {
    const TokenStream tokens(u"", {});
    CHECK(tokens.size() == 0);
    CHECK(tokens.first_from(0) == 0);
    CHECK(tokens.first_from(500) == 0);
}

TEST_CASE("the word classes mark the prepositions that open a Dutch particle run",
          "[core][tokens]") {
    using whosaid::actors::kRunPrepositionClass;
    struct Row {
        const char16_t* word;
        bool preposition;
    };
    // Any case; only the five words themselves, not words that start or end like them.
    const std::vector<Row> rows = {
        {u"in", true},       {u"In", true},  {u"op", true},   {u"OP", true},  {u"uit", true},
        {u"aan", true},      {u"auf", true}, {u"inn", false}, {u"i", false},  {u"opa", false},
        {u"uitgang", false}, {u"an", false}, {u"au", false},  {u"'t", false}, {u"de", false},
    };
    for (const char* language : {"fr", "en"}) {
        const whosaid::actors::ActorLexicon lexicon(language);
        for (const Row& row : rows) {
            const std::u16string text = std::u16string(u"Wim ") + row.word + u" Hout";
            TokenStream tokens(text, {});
            lexicon.classify(tokens);
            INFO(language << " row " << (&row - rows.data()));
            CHECK(tokens.in_class(1, kRunPrepositionClass) == row.preposition);
        }
    }
}
