#include "segment/segmenter_test_support.h"

#include <catch2/catch.hpp>
#include <iterator>
#include <random>

using namespace whosaid;
using whosaid::test::optional_utf8;
using whosaid::test::slices_utf8;

namespace {

struct ParagraphRow {
    std::string text;
    std::vector<std::string> paragraphs;
};

struct TitleRow {
    std::string text;
    std::string title; // "" when there is none
};

} // namespace

TEST_CASE("paragraphs split at blank lines, or at every line when there is none", "[segmenter]") {
    const std::vector<ParagraphRow> rows = {
        {"", {}},
        {"   \n\t\n  ", {}},
        {"Un.\n\nDeux.", {"Un.", "Deux."}},
        {"Un.\n   \t\nDeux.", {"Un.", "Deux."}},
        {"Un.\n\u00a0\nDeux.", {"Un.", "Deux."}},
        {"Ligne un.\nLigne deux.\nLigne trois.", {"Ligne un.", "Ligne deux.", "Ligne trois."}},
        {"Ligne un.\n\nLigne deux.\nsuite de la ligne deux.",
         {"Ligne un.", "Ligne deux.\nsuite de la ligne deux."}},
        {"  Indenté.  \n\n\tTabulé.\t", {"Indenté.", "Tabulé."}},
        {"\n\n\nUn.\n\n\n\nDeux.\n\n", {"Un.", "Deux."}},
        {"\n\nUn.\nDeux.\n", {"Un.", "Deux."}},
        {"Seul paragraphe sans fin de ligne", {"Seul paragraphe sans fin de ligne"}},
        {"Un.\u2029Deux.", {"Un.", "Deux."}},
        {"Un.\r\nsuite.\r\n\r\nDeux.", {"Un.\r\nsuite.", "Deux."}},
        {"Un.\r\nDeux.\r\n", {"Un.", "Deux."}},
    };
    const Segmenter segmenter("fr");
    for (const ParagraphRow& row : rows) {
        DYNAMIC_SECTION(row.text) {
            const std::u16string text = to_utf16(row.text);
            const Segmentation layout = segmenter.segment(text);
            CHECK(slices_utf8(text, layout.paragraphs) == row.paragraphs);
        }
    }
}

TEST_CASE("a title is a short first line without final punctuation", "[segmenter]") {
    const std::vector<TitleRow> rows = {
        {"La Russie durcit le ton face à Kiev\n\nMOSCOU (AFP) - Le Kremlin a réagi.",
         "La Russie durcit le ton face à Kiev"},
        {"Le Kremlin a répondu.\n\nLa suite du texte.", ""},
        {"Un seul paragraphe sans point", ""},
        {"Pourquoi Moscou refuse de négocier ?\n\nLe texte.", ""},
        {"Le point sur la crise :\n\nLe texte.", ""},
        {"Lavrov : « Nous ne céderons pas »\n\nLe texte.", "Lavrov : « Nous ne céderons pas »"},
        {"« Nous ne céderons jamais ! »\n\nLe texte.", ""},
        {"\u201cWe will stay?\u201d\n\nThe text.", ""},
        {"Le bilan s'alourdit\nLe séisme a fait 300 morts selon les autorités.",
         "Le bilan s'alourdit"},
        {"Titre sur\ndeux lignes\n\nLe texte.", ""},
        {"Un titre bien trop long qui compte beaucoup plus de vingt-cinq mots parce que "
         "quelqu'un a oublié de mettre un point à la fin de sa toute première phrase du "
         "texte ici\n\nLe texte.",
         ""},
        {"MOSCOU (AFP) - Le Kremlin répond\n\nLa suite.", ""},
        {"Storm hits the coast\n\nMIAMI (Reuters) - A storm hit the coast.",
         "Storm hits the coast"},
    };
    const Segmenter segmenter("fr");
    for (const TitleRow& row : rows) {
        DYNAMIC_SECTION(row.text) {
            const std::u16string text = to_utf16(row.text);
            const Segmentation layout = segmenter.segment(text);
            CHECK(optional_utf8(text, layout.title) == row.title);
            if (layout.title)
                CHECK(layout.paragraphs.front() == *layout.title);
        }
    }
}

TEST_CASE("every span lies inside the text, ordered and trimmed", "[segmenter]") {
    const std::u16string text =
        to_utf16("Les négociations reprennent à Genève\n\n"
                 "GENÈVE, 12 mars 2026 (AFP) - Les délégations sont arrivées mardi. M. Petrov a "
                 "salué « un pas important ».\n\n"
                 "\u00ab Nous sommes prêts ? \u00bb a lancé Mme Keller. Le Dr. Weber a approuvé.\n"
                 "   \n"
                 "La prochaine session aura lieu le 3 avril.\n");
    const Segmentation layout = Segmenter("fr").segment(text);
    REQUIRE(layout.paragraphs.size() == 4);
    CHECK(layout.sentences.size() == 6);
    REQUIRE(layout.title);
    REQUIRE(layout.dateline);
    REQUIRE(layout.dateline_agency);
    CHECK(layout.paragraphs[1].contains(*layout.dateline));
    CHECK(layout.dateline->contains(*layout.dateline_agency));
    Span previous{0, 0};
    for (Span sentence : layout.sentences) {
        CHECK(previous.end <= sentence.start);
        CHECK(sentence.end <= static_cast<int32_t>(text.size()));
        CHECK(text[static_cast<size_t>(sentence.start)] != u' ');
        CHECK(text[static_cast<size_t>(sentence.end - 1)] != u' ');
        previous = sentence;
    }
}

TEST_CASE("moved segmenters keep working", "[segmenter]") {
    Segmenter first("en");
    Segmenter second(std::move(first));
    const std::u16string text = u"Dr. Smith came. He left.";
    CHECK(second.segment(text).sentences.size() == 2);
}

TEST_CASE("every kind of line break ends a line, wherever it falls", "[segmenter]") {
    // Lines of random length and content (ASCII, Latin-1 and other letters, characters
    // close to the line breaks' values) joined by random line breaks, with no blank line:
    // every line is a paragraph. The scan tests several units at a time, so breaks must be
    // found at every offset.
    const std::u16string content = u"ab Z.é\u00c0\u0084\u0086\u000e\u2027\u202a\u4e00\u00a0-";
    const std::u16string breaks[] = {u"\n", u"\r",     u"\r\n",   u"\v",
                                     u"\f", u"\u0085", u"\u2028", u"\u2029"};
    std::mt19937 random(11);
    const Segmenter segmenter("fr");
    for (int i = 0; i < 3000; ++i) {
        std::u16string text;
        std::vector<Span> lines;
        for (size_t n = 1 + random() % 6; n > 0; --n) {
            if (!text.empty())
                text += breaks[random() % std::size(breaks)];
            const auto start = static_cast<int32_t>(text.size());
            text += u'x'; // never blank
            for (size_t k = random() % 12; k > 0; --k)
                text += content[random() % content.size()];
            text += u'y';
            lines.push_back({start, static_cast<int32_t>(text.size())});
        }
        INFO(i);
        REQUIRE(segmenter.segment(text).paragraphs == lines);
    }
}
