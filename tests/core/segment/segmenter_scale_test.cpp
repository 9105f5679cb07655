#include "whosaid/segmenter.h"

#include <catch2/catch.hpp>

using namespace whosaid;

namespace {

std::u16string repeated(std::u16string_view piece, size_t length) {
    std::u16string text;
    text.reserve(length + piece.size());
    while (text.size() < length)
        text += piece;
    return text;
}

} // namespace

// 8 MB per case keeps the suite quick; a quadratic step would take hours here and the ctest
// timeout stops it. whosaid-bench measures the speed.
TEST_CASE("huge or pathological paragraphs segment into sound spans", "[segmenter][scale]") {
    constexpr size_t kLength = 8 * 1024 * 1024;
    const Segmenter segmenter("fr");
    struct Row {
        const char* name;
        std::u16string_view piece;
        size_t minimum_sentences;
    };
    const std::vector<Row> rows = {
        {"ordinary sentences", u"M. Lavrov a parlé mardi à Moscou. Le Dr. Weber a répondu. ", 1000},
        {"no punctuation at all", u"sans ponctuation aucune ", 1},
        {"abbreviations only", u"M. Mme. Dr. U.S. p. ", 1},
        {"quotation marks and questions", u"\u00ab Quoi ? \u00bb ? \u00bb ! ", 1},
        {"dateline look-alikes", u"PARIS (AFP) ", 1},
        {"single lines", u"Ligne sans fin\n", 1000},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.name) {
            const std::u16string text = repeated(row.piece, kLength);
            const Segmentation layout = segmenter.segment(text);
            CHECK(layout.sentences.size() >= row.minimum_sentences);
            const auto length = static_cast<int32_t>(text.size());
            int32_t previous_end = 0;
            for (const Span& sentence : layout.sentences) {
                REQUIRE(sentence.start >= previous_end);
                REQUIRE(sentence.end <= length);
                REQUIRE(sentence.start < sentence.end);
                previous_end = sentence.end;
            }
        }
    }
}
