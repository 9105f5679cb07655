#include "language_detector.h"

#include <algorithm>
#include <array>
#include <cstdint>
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

// A word of at most five ASCII lower-case letters as a number (five bits a letter), so that
// counting function words compares integers instead of strings. 0 stands for any other word.
constexpr uint32_t pack(std::u16string_view word) {
    uint32_t key = 0;
    for (char16_t c : word) {
        if (c < u'a' || c > u'z')
            return 0;
        key = key * 32 + static_cast<uint32_t>(c - u'a' + 1);
    }
    return key;
}

template <size_t N>
constexpr std::array<uint32_t, N> pack_all(const std::u16string_view (&words)[N]) {
    std::array<uint32_t, N> keys{};
    for (size_t i = 0; i < N; ++i)
        keys[i] = pack(words[i]);
    return keys;
}

constexpr auto kFrenchKeys = pack_all(kFrenchWords);
constexpr auto kEnglishKeys = pack_all(kEnglishWords);

constexpr size_t filter_bit(uint32_t key) {
    return static_cast<size_t>((key * 2654435761u) >> 22); // 10 bits
}

// A bit per hashed key of either list: most words of a text are no function word, and one
// bit test turns them away before the lists are searched.
constexpr std::array<uint64_t, 16> kFilter = [] {
    std::array<uint64_t, 16> bits{};
    for (uint32_t key : kFrenchKeys)
        bits[filter_bit(key) / 64] |= uint64_t{1} << (filter_bit(key) % 64);
    for (uint32_t key : kEnglishKeys)
        bits[filter_bit(key) / 64] |= uint64_t{1} << (filter_bit(key) % 64);
    return bits;
}();

bool maybe_function_word(uint32_t key) {
    return key != 0 && (kFilter[filter_bit(key) / 64] >> (filter_bit(key) % 64) & 1) != 0;
}

bool contains(const auto& keys, uint32_t key) {
    return key != 0 && std::find(keys.begin(), keys.end(), key) != keys.end();
}

} // namespace

std::string LanguageDetector::detect(std::u16string_view text) const {
    text = text.substr(0, std::min(text.size(), kSampleLength));
    int french = 0;
    int english = 0;
    uint32_t word = 0; // pack() of the word so far; 0 once it cannot be a function word
    size_t length = 0;
    auto count = [&]() {
        if (length > 0 && length <= kLongestFunctionWord && maybe_function_word(word)) {
            french += contains(kFrenchKeys, word) ? 1 : 0;
            english += contains(kEnglishKeys, word) ? 1 : 0;
        }
        word = 0;
        length = 0;
    };
    for (char16_t c : text) {
        // ASCII, most of a French or English text, skips the ICU property lookups.
        const bool ascii = c < 0x80;
        const bool letter =
            ascii ? (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') : u_isalpha(c) != 0;
        if (!letter) {
            count();
            continue;
        }
        if (++length > kLongestFunctionWord)
            continue;
        // Function words are ASCII: a word with another letter matches none.
        const auto lower =
            ascii ? static_cast<char16_t>(c | 0x20) : static_cast<char16_t>(u_tolower(c));
        word = lower >= u'a' && lower <= u'z' && (length == 1 || word != 0)
                   ? word * 32 + static_cast<uint32_t>(lower - u'a' + 1)
                   : 0;
    }
    count();
    return french > english ? "fr" : "en";
}

} // namespace whosaid
