#include "whosaid/segmenter.h"

#include <catch2/catch.hpp>
#include <chrono>

using namespace whosaid;

namespace {

// Segments `text` and returns the seconds it took.
double seconds_to_segment(const Segmenter& segmenter, const std::u16string& text,
                          Segmentation& layout) {
    const auto start = std::chrono::steady_clock::now();
    layout = segmenter.segment(text);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::u16string repeated(std::u16string_view piece, size_t length) {
    std::u16string text;
    text.reserve(length + piece.size());
    while (text.size() < length)
        text += piece;
    return text;
}

} // namespace

// 8 MB per case keeps the suite quick; a quadratic step would take minutes here. The limit
// is loose because the machine is shared.
TEST_CASE("segmenting huge or pathological paragraphs stays linear", "[segmenter][perf]") {
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
            Segmentation layout;
            CHECK(seconds_to_segment(segmenter, text, layout) < 10.0);
            CHECK(layout.sentences.size() >= row.minimum_sentences);
        }
    }
}
