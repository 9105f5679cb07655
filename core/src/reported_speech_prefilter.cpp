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

// ASCII first: most of a news text is, and the general tests are calls into another file.
bool word_char(char16_t c) {
    return c < 0x80 ? kAsciiWordChars[c] : WordTokenizer::is_word_char(c);
}

char16_t folded_char(char16_t c) {
    if (c < 0x80)
        return static_cast<unsigned>(c - u'A') < 26u ? static_cast<char16_t>(c + 32) : c;
    return WordTokenizer::fold_char(c);
}

bool complementizer(std::u16string_view w, bool french) {
    return french ? w == u"que" || w == u"qu" : w == u"that";
}

bool according(std::u16string_view w, bool french) {
    return french ? w == u"selon" || w == u"apres" : w == u"according";
}

// English verbs whose clause may come without "that": "said the talks would resume".
bool bare(std::u16string_view w) {
    static constexpr std::array<std::u16string_view, 12> kBare = {
        u"said",   u"says",  u"told",   u"tells",  u"added",    u"adds",
        u"warned", u"warns", u"argued", u"argues", u"insisted", u"insists"};
    return std::find(kBare.begin(), kBare.end(), w) != kBare.end();
}

} // namespace

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
        size_t length = 0;
        for (; i < text.size() && word_char(text[i]); ++i, ++length)
            if (length < kMaxWord)
                folded[length] = folded_char(text[i]);
        ++words;
        if (length > kMaxWord)
            continue;
        const std::u16string_view word(folded.data(), length);
        if (according(word, french_) || (!french_ && bare(word)))
            return true;
        if (complementizer(word, french_) && words <= last_verb + kVerbToComplementizer)
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
