#include "reported_speech_prefilter.h"

#include "word_tokenizer.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxTrigger = 10; // longest trigger word, in UTF-16 units

// Folded trigger words. French: the complementizer, the preposition cues, and the
// inverted auxiliary ("…, a-t-il dit" is caught by its "-t-", "…, a déclaré X" by "a").
constexpr std::array<std::u16string_view, 6> kFrench = {u"que",   u"qu", u"selon",
                                                        u"apres", u"t",  u"a"};
constexpr std::array<std::u16string_view, 14> kEnglish = {
    u"that", u"according", u"said",  u"says",   u"told",   u"tells",    u"added",
    u"adds", u"warned",    u"warns", u"argued", u"argues", u"insisted", u"insists"};

template <size_t N>
bool is_trigger(std::u16string_view word, const std::array<std::u16string_view, N>& words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

bool holds_trigger(std::u16string_view text, bool french) {
    std::array<char16_t, kMaxTrigger> folded{};
    size_t i = 0;
    while (i < text.size()) {
        if (!WordTokenizer::is_word_char(text[i])) {
            ++i;
            continue;
        }
        size_t length = 0;
        bool fits = true;
        for (; i < text.size() && WordTokenizer::is_word_char(text[i]); ++i, ++length)
            if (length < kMaxTrigger)
                folded[length] = WordTokenizer::fold_char(text[i]);
            else
                fits = false;
        if (!fits)
            continue;
        const std::u16string_view word(folded.data(), length);
        if (french ? is_trigger(word, kFrench) : is_trigger(word, kEnglish))
            return true;
    }
    return false;
}

} // namespace

std::vector<int> ReportedSpeechPrefilter::paragraphs(const Document& doc, bool french) {
    std::vector<int> out;
    const auto length = static_cast<int32_t>(doc.text.size());
    for (size_t p = 0; p < doc.paragraphs.size(); ++p) {
        const Span span = doc.paragraphs[p];
        if (doc.title && span.overlaps(*doc.title))
            continue;
        const int32_t start = std::clamp(span.start, 0, length);
        const int32_t end = std::clamp(span.end, start, length);
        const std::u16string_view text = std::u16string_view(doc.text).substr(
            static_cast<size_t>(start), static_cast<size_t>(end - start));
        if (holds_trigger(text, french))
            out.push_back(static_cast<int>(p));
    }
    return out;
}

} // namespace whosaid::quotes
