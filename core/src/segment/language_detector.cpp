#include "segment/language_detector.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <unicode/uchar.h>

namespace whosaid::segment {

namespace {

constexpr size_t kReadLength = 20 * 1024;
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

constexpr size_t slot_of(uint32_t key) {
    return static_cast<size_t>((key * 2654435761u) >> 22); // 10 bits
}

// The lists a function word is in, at the slot its key hashes to, so that one load and one
// comparison settle any word. No two keys share a slot (checked when the table is built:
// a clash stops the compilation).
struct Slot {
    uint32_t key = 0;
    uint8_t french = 0;
    uint8_t english = 0;
};

constexpr std::array<Slot, 1024> kSlots = [] {
    std::array<Slot, 1024> slots{};
    auto put = [&slots](uint32_t key, uint8_t Slot::*language) {
        Slot& slot = slots[slot_of(key)];
        if (slot.key != 0 && slot.key != key)
            throw "two function words hash to one slot";
        slot.key = key;
        slot.*language = 1;
    };
    for (uint32_t key : kFrenchKeys)
        put(key, &Slot::french);
    for (uint32_t key : kEnglishKeys)
        put(key, &Slot::english);
    return slots;
}();

// Letter codes: 1-26 for a letter that lowers to a-z; kOtherLetter for any other letter,
// a five-bit digit that no packed function word holds (they are ASCII), so that a word
// with such a letter matches none.
constexpr uint8_t kOtherLetter = 31;
constexpr uint8_t kNotALetter = 0xFF;

// ASCII, most of a French or English text, is classified by a table instead of ICU's
// property lookups.
constexpr std::array<uint8_t, 128> kAsciiLetterCodes = [] {
    std::array<uint8_t, 128> codes{};
    for (size_t c = 0; c < codes.size(); ++c)
        codes[c] = kNotALetter;
    for (uint8_t letter = 0; letter < 26; ++letter) {
        codes[u'a' + letter] = static_cast<uint8_t>(letter + 1);
        codes[u'A' + letter] = static_cast<uint8_t>(letter + 1);
    }
    return codes;
}();

// Outside ASCII: kNotALetter for a unit that is no letter; for a letter, the position
// (1-26) in the alphabet of its lower case if that is an ASCII letter (U+212A KELVIN SIGN
// lowers to 'k'), else kOtherLetter.
uint8_t non_ascii_letter_code(char16_t c) {
    if (u_isalpha(c) == 0)
        return kNotALetter;
    const UChar32 lower = u_tolower(c);
    return lower >= u'a' && lower <= u'z' ? static_cast<uint8_t>(lower - u'a' + 1) : kOtherLetter;
}

uint8_t letter_code(char16_t c) {
    return c < 0x80 ? kAsciiLetterCodes[c] : non_ascii_letter_code(c);
}

struct Votes {
    int french = 0;
    int english = 0;
};

// Adds the function words of `text` to `votes`.
void count_votes(std::u16string_view text, Votes& votes) {
    uint32_t word = 0; // the letters so far packed as pack() does, while there are at most 5
    size_t letters = 0;
    auto count_word = [&]() {
        if (letters - 1 < kLongestFunctionWord) { // 1 to 5 letters
            const Slot& slot = kSlots[slot_of(word)];
            if (slot.key == word) {
                votes.french += slot.french;
                votes.english += slot.english;
            }
        }
        word = 0;
        letters = 0;
    };
    for (char16_t c : text) {
        const uint8_t code = letter_code(c);
        if (code != kNotALetter) {
            word = word * 32 + code; // wraps for long words, which are never counted
            ++letters;
            continue;
        }
        count_word();
    }
    count_word();
}

// The sample: kWindows windows of about kWindowLength units, evenly spread, read first in
// texts of at least kSampledLength units. A window starts and ends between words: it skips
// the end of a word it starts in and runs to the end of a word it ends in, each by at most
// kLongestWordSkip units (a longer "word" is no function word anyway).
constexpr size_t kWindows = 8;
constexpr size_t kWindowLength = 256;
constexpr size_t kSampledLength = 2 * kWindows * kWindowLength;
constexpr size_t kLongestWordSkip = 64;
// A sample decides when the leading language has at least kDecisiveVotes votes and at least
// kDecisiveRatio times as many as the other.
constexpr int kDecisiveVotes = 16;
constexpr int kDecisiveRatio = 3;

size_t skip_letters(std::u16string_view text, size_t at) {
    const size_t limit = std::min(text.size(), at + kLongestWordSkip);
    while (at < limit && letter_code(text[at]) != kNotALetter)
        ++at;
    return at;
}

// The language a sample of `text` makes clear, or nullptr when its vote is too close.
const char* sampled_language(std::u16string_view text) {
    Votes votes;
    const size_t stride = text.size() / kWindows;
    for (size_t window = 0; window < kWindows; ++window) {
        size_t start = window * stride;
        if (start > 0 && letter_code(text[start - 1]) != kNotALetter)
            start = skip_letters(text, start);
        const size_t end = skip_letters(text, std::min(text.size(), start + kWindowLength));
        count_votes(text.substr(start, end - start), votes);
    }
    if (votes.french >= kDecisiveVotes && votes.french >= kDecisiveRatio * votes.english)
        return "fr";
    if (votes.english >= kDecisiveVotes && votes.english >= kDecisiveRatio * votes.french)
        return "en";
    return nullptr;
}

} // namespace

std::string LanguageDetector::detect(std::u16string_view text) const {
    text = text.substr(0, std::min(text.size(), kReadLength));
    if (text.size() >= kSampledLength) {
        if (const char* language = sampled_language(text))
            return language;
    }
    Votes votes;
    count_votes(text, votes);
    return votes.french > votes.english ? "fr" : "en";
}

} // namespace whosaid::segment
