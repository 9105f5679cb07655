#include "quotes/reported_speech_prefilter.h"

#include "quotes/word_tokenizer.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string_view>

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxWord = 24;             // longer words are no trigger
constexpr size_t kVerbToComplementizer = 9; // words from the verb to "que"/"that"
constexpr size_t kCommaToVerb = 6;          // words from a comma to an inverted verb

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

bool ReportedSpeechPrefilter::may_trigger(char16_t first, char16_t last, size_t length) const {
    const auto letter = static_cast<uint32_t>(first - u'a');
    return (letter < 26 && (trigger_letters_ >> letter & 1) != 0) ||
           verbs_.may_be_form_word(first, last, length);
}

bool ReportedSpeechPrefilter::triggers(std::u16string_view word, Reading& reading) const {
    if (according(word) || (!french_ && listed(word, kBare)))
        return true;
    if (complementizer(word) && reading.words <= reading.last_verb + kVerbToComplementizer)
        return true;
    if (word.size() > 1 && verbs_.is_form_word(word)) {
        if (reading.words <= reading.last_comma + kCommaToVerb)
            return true;
        reading.last_verb = reading.words;
    }
    return false;
}

bool ReportedSpeechPrefilter::worth_reading(std::u16string_view text) const {
    std::array<char16_t, kMaxWord> folded{};
    Reading reading;
    for (size_t i = 0; i < text.size();) {
        if (!word_char(text[i])) {
            if (text[i] == u',')
                reading.last_comma = reading.words;
            ++i;
            continue;
        }
        const size_t start = i;
        while (i < text.size() && word_char(text[i]))
            ++i;
        const size_t length = i - start;
        ++reading.words;
        if (length > kMaxWord ||
            !may_trigger(folded_char(text[start]), folded_char(text[i - 1]), length))
            continue;
        for (size_t k = 0; k < length; ++k)
            folded[k] = folded_char(text[start + k]);
        if (triggers(std::u16string_view(folded.data(), length), reading))
            return true;
    }
    return false;
}

bool ReportedSpeechPrefilter::worth_reading(const DocumentView& view, Span paragraph) const {
    // Word tokens are the text's runs of word characters, folded as above (but for a lone
    // "à", which no rule reads), and punctuation tokens its other characters but spaces.
    const std::u16string& text = view.doc().text;
    Reading reading;
    const size_t last = view.token_from(paragraph.end);
    for (size_t k = view.token_from(paragraph.start); k < last; ++k) {
        const Token& t = view.token(k);
        if (!t.word) {
            if (text[static_cast<size_t>(t.span.start)] == u',')
                reading.last_comma = reading.words;
            continue;
        }
        ++reading.words;
        const std::u16string_view word = t.folded();
        if (word.size() <= kMaxWord && may_trigger(word.front(), word.back(), word.size()) &&
            triggers(word, reading))
            return true;
    }
    return false;
}

std::vector<int> ReportedSpeechPrefilter::tokenized(const DocumentView& view,
                                                    const std::vector<int>& paragraphs) const {
    std::vector<int> out;
    const Document& doc = view.doc();
    const auto length = static_cast<int32_t>(doc.text.size());
    for (int p : paragraphs) {
        const Span span = doc.paragraphs[static_cast<size_t>(p)];
        if (doc.title && span.overlaps(*doc.title))
            continue;
        const int32_t start = std::clamp(span.start, 0, length);
        const int32_t end = std::clamp(span.end, start, length);
        // The view leaves the dateline's words out: that paragraph is read from its text.
        const bool dateline = doc.dateline && !doc.dateline->span.empty() &&
                              doc.dateline->span.overlaps(Span{start, end});
        const bool worth = dateline
                               ? worth_reading(std::u16string_view(doc.text).substr(
                                     static_cast<size_t>(start), static_cast<size_t>(end - start)))
                               : worth_reading(view, Span{start, end});
        if (worth)
            out.push_back(p);
    }
    return out;
}

std::vector<int> ReportedSpeechPrefilter::paragraphs(const Document& doc,
                                                     const std::vector<int>& tokenized) const {
    std::vector<int> out;
    const auto length = static_cast<int32_t>(doc.text.size());
    auto skipped = tokenized.begin();
    for (size_t p = 0; p < doc.paragraphs.size(); ++p) {
        while (skipped != tokenized.end() && *skipped < static_cast<int>(p))
            ++skipped;
        if (skipped != tokenized.end() && *skipped == static_cast<int>(p))
            continue;
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
