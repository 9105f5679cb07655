#include "language_detector.h"

#include <algorithm>
#include <iterator>
#include <unicode/uchar.h>

namespace whosaid {

namespace {

constexpr size_t kSampleLength = 20 * 1024;
constexpr size_t kLongestFunctionWord = 5;

constexpr std::u16string_view kFrenchWords[] = {
    u"le",   u"la", u"les", u"des", u"du",  u"une", u"est", u"que",  u"qui", u"pour", u"dans",
    u"avec", u"a",  u"et",  u"au",  u"aux", u"sur", u"il",  u"elle", u"pas", u"ont"};

constexpr std::u16string_view kEnglishWords[] = {
    u"the", u"of",  u"and",  u"to",  u"in",   u"is",   u"that", u"for",  u"with", u"said",
    u"was", u"are", u"from", u"has", u"have", u"were", u"by",   u"this", u"he",   u"it"};

bool contains(const auto& table, std::u16string_view word) {
    return std::find(std::begin(table), std::end(table), word) != std::end(table);
}

} // namespace

std::string LanguageDetector::detect(std::u16string_view text) const {
    text = text.substr(0, std::min(text.size(), kSampleLength));
    int french = 0;
    int english = 0;
    std::u16string word;
    bool too_long = false;
    auto count = [&]() {
        if (!word.empty() && !too_long) {
            french += contains(kFrenchWords, word) ? 1 : 0;
            english += contains(kEnglishWords, word) ? 1 : 0;
        }
        word.clear();
        too_long = false;
    };
    word.reserve(kLongestFunctionWord);
    for (char16_t c : text) {
        // ASCII, most of a French or English text, skips the ICU property lookups.
        const bool ascii = c < 0x80;
        const bool letter =
            ascii ? (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') : u_isalpha(c) != 0;
        if (!letter) {
            count();
        } else if (word.size() < kLongestFunctionWord) {
            word.push_back(ascii ? static_cast<char16_t>(c | 0x20)
                                 : static_cast<char16_t>(u_tolower(c)));
        } else {
            too_long = true;
        }
    }
    count();
    return french > english ? "fr" : "en";
}

} // namespace whosaid
