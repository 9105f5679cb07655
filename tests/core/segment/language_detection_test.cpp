#include "whosaid/segmenter.h"
#include "whosaid/unicode_text.h"

#include <catch2/catch.hpp>

using namespace whosaid;

namespace {

struct LanguageRow {
    std::string text;
    std::string language;
};

} // namespace

TEST_CASE("language is told from function words", "[segmenter][language]") {
    const std::vector<LanguageRow> rows = {
        {"Le président a déclaré que la situation est grave.", "fr"},
        {"The president said that the situation was serious.", "en"},
        {"Il a dit non.", "fr"},
        {"A man was killed.", "en"},
        {"Les ministres se sont réunis à Bruxelles pour discuter de la crise.", "fr"},
        {"Officials met in Brussels on Monday to discuss the crisis.", "en"},
        {"« Nous ne céderons pas », a déclaré le porte-parole du Kremlin.", "fr"},
        {"LE GOUVERNEMENT EST DANS L'IMPASSE AVEC LES SYNDICATS", "fr"},
        {"", "en"},
        {"12345 !!! ???", "en"},
        {"Moscou Kiev Bruxelles", "en"},
    };
    for (const LanguageRow& row : rows) {
        DYNAMIC_SECTION(row.text) {
            CHECK(detect_language(to_utf16(row.text)) == row.language);
        }
    }
}

TEST_CASE("language detection reads only the beginning of a long text", "[segmenter][language]") {
    std::u16string text;
    while (text.size() < 30 * 1024)
        text += u"The minister said that the talks were over. ";
    for (int i = 0; i < 2000; ++i)
        text += u"Le ministre a dit que les discussions sont finies. ";
    CHECK(detect_language(text) == "en");
}

namespace {

// `count` copies of `sentence`, at least 4 K units in all when count is large enough.
std::u16string repeat(std::u16string_view sentence, int count) {
    std::u16string text;
    for (int i = 0; i < count; ++i)
        text += sentence;
    return text;
}

} // namespace

TEST_CASE("a long text is told by its whole vote, not by one part of it", "[segmenter][language]") {
    const std::u16string english = u"The minister said that the talks were over for now. ";
    const std::u16string french = u"Le ministre a dit que les discussions sont finies. ";
    // An English headline and standfirst over a French story; a French quotation block in the
    // middle of an English story.
    CHECK(detect_language(repeat(english, 10) + repeat(french, 150)) == "fr");
    CHECK(detect_language(repeat(english, 50) + repeat(french, 30) + repeat(english, 50)) == "en");
}

TEST_CASE("a long text whose sample is split evenly is counted in full", "[segmenter][language]") {
    // Alternating sentences: every window holds both languages, too close for the sample to
    // decide, so the count over the whole text does. The English sentence has 7 function
    // words (the, said, that, the, were, for, the), the French one 6 (le, a, que, les, pour,
    // la).
    const std::u16string english = u"The minister said that the talks were over for the week. ";
    const std::u16string french =
        u"Le ministre a dit que les discussions sont finies pour la semaine. ";
    CHECK(detect_language(repeat(english + french, 60)) == "en");
    CHECK(detect_language(repeat(english + french + french, 40)) == "fr");
}
