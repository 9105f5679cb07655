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
