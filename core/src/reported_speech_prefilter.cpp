#include "reported_speech_prefilter.h"

#include "word_tokenizer.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string_view>

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxWord = 24;             // longer words are no trigger
constexpr size_t kVerbToComplementizer = 9; // words from the verb to "que"/"that"
constexpr size_t kCommaToVerb = 6;          // words from a comma to an inverted verb
constexpr size_t kNever = std::numeric_limits<size_t>::max() / 2;

bool word_char(char16_t c) {
    return WordTokenizer::is_word_char(c);
}

char16_t folded_char(char16_t c) {
    if (c < 0x80)
        return static_cast<unsigned>(c - u'A') < 26u ? static_cast<char16_t>(c + 32) : c;
    return WordTokenizer::fold_char(c);
}

constexpr std::array<std::u16string_view, 2> kFrenchComplementizers = {u"que", u"qu"};
constexpr std::array<std::u16string_view, 1> kEnglishComplementizers = {u"that"};
constexpr std::array<std::u16string_view, 2> kFrenchAccording = {u"selon", u"apres"};
constexpr std::array<std::u16string_view, 1> kEnglishAccording = {u"according"};
// English verbs whose clause may come without "that": "said the talks would resume".
constexpr std::array<std::u16string_view, 12> kBare = {
    u"said",   u"says",  u"told",   u"tells",  u"added",    u"adds",
    u"warned", u"warns", u"argued", u"argues", u"insisted", u"insists"};

template <size_t N>
bool listed(std::u16string_view w, const std::array<std::u16string_view, N>& words) {
    for (std::u16string_view word : words)
        if (word == w)
            return true;
    return false;
}

// Bit c - 'a' for each first letter of words.
template <size_t N> uint32_t first_letters(const std::array<std::u16string_view, N>& words) {
    uint32_t mask = 0;
    for (std::u16string_view w : words)
        mask |= uint32_t{1} << (w.front() - u'a');
    return mask;
}

} // namespace

ReportedSpeechPrefilter::ReportedSpeechPrefilter(const IndirectVerbLexicon& verbs, bool french)
    : verbs_(verbs), french_(french),
      trigger_letters_(french
                           ? first_letters(kFrenchComplementizers) | first_letters(kFrenchAccording)
                           : first_letters(kEnglishComplementizers) |
                                 first_letters(kEnglishAccording) | first_letters(kBare)) {}

bool ReportedSpeechPrefilter::according(std::u16string_view w) const {
    return french_ ? listed(w, kFrenchAccording) : listed(w, kEnglishAccording);
}

bool ReportedSpeechPrefilter::complementizer(std::u16string_view w) const {
    return french_ ? listed(w, kFrenchComplementizers) : listed(w, kEnglishComplementizers);
}

bool ReportedSpeechPrefilter::worth_reading(std::u16string_view text) const {
    std::array<char16_t, kMaxWord> folded{};
    size_t words = 0;
    size_t last_verb = kNever;
    size_t last_comma = kNever;
    for (size_t i = 0; i < text.size();) {
        if (!word_char(text[i])) {
            if (text[i] == u',')
                last_comma = words;
            ++i;
            continue;
        }
        const size_t start = i;
        while (i < text.size() && word_char(text[i]))
            ++i;
        const size_t length = i - start;
        ++words;
        if (length > kMaxWord)
            continue;
        // Most words start with no trigger's letter and pass no form word's filter: they
        // are never folded whole.
        const char16_t first = folded_char(text[start]);
        const auto letter = static_cast<uint32_t>(first - u'a');
        if (!(letter < 26 && (trigger_letters_ >> letter & 1) != 0) &&
            !verbs_.may_be_form_word(first, folded_char(text[i - 1]), length))
            continue;
        for (size_t k = 0; k < length; ++k)
            folded[k] = folded_char(text[start + k]);
        const std::u16string_view word(folded.data(), length);
        if (according(word) || (!french_ && listed(word, kBare)))
            return true;
        if (complementizer(word) && words <= last_verb + kVerbToComplementizer)
            return true;
        if (length > 1 && verbs_.is_form_word(word)) {
            if (words <= last_comma + kCommaToVerb)
                return true;
            last_verb = words;
        }
    }
    return false;
}

std::vector<int> ReportedSpeechPrefilter::paragraphs(const Document& doc) const {
    std::vector<int> out;
    const auto length = static_cast<int32_t>(doc.text.size());
    for (size_t p = 0; p < doc.paragraphs.size(); ++p) {
        const Span span = doc.paragraphs[p];
        if (doc.title && span.overlaps(*doc.title))
            continue;
        const int32_t start = std::clamp(span.start, 0, length);
        const int32_t end = std::clamp(span.end, start, length);
        if (worth_reading(std::u16string_view(doc.text).substr(static_cast<size_t>(start),
                                                               static_cast<size_t>(end - start))))
            out.push_back(static_cast<int>(p));
    }
    return out;
}

} // namespace whosaid::quotes
