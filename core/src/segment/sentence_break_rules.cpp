#include "segment/sentence_break_rules.h"

#include "segment/segmenter_chars.h"

#include <array>
#include <unicode/uchar.h>

namespace whosaid::segment {

namespace {

// UAX #29 Sentence_Break classes that the rules below need, plus Unsupported for those
// they leave to ICU (Extend and Format would have to be skipped inside every rule).
// Terminators and Unsupported come last: one comparison passes over everything else.
enum class SentenceClass : uint8_t {
    Other,
    OLetter,
    Lower,
    Upper,
    Numeric,
    Close,
    Sp,
    SContinue,
    ATerm,
    STerm,
    Unsupported
};

SentenceClass icu_class(char16_t c) {
    if (chars::is_line_break(c))
        return SentenceClass::Sp;
    if (c >= 0xD800 && c <= 0xDFFF)
        return SentenceClass::Unsupported;
    switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_OLETTER:
        return SentenceClass::OLetter;
    case U_SB_LOWER:
        return SentenceClass::Lower;
    case U_SB_UPPER:
        return SentenceClass::Upper;
    case U_SB_NUMERIC:
        return SentenceClass::Numeric;
    case U_SB_ATERM:
        return SentenceClass::ATerm;
    case U_SB_STERM:
        return SentenceClass::STerm;
    case U_SB_CLOSE:
        return SentenceClass::Close;
    case U_SB_SP:
        return SentenceClass::Sp;
    case U_SB_SCONTINUE:
        return SentenceClass::SContinue;
    case U_SB_OTHER:
        return SentenceClass::Other;
    default:
        return SentenceClass::Unsupported;
    }
}

// Latin scripts and the general punctuation block (’ “ ” – — …) make up nearly all of a
// French or English text; their classes are looked up once per process.
class ClassTable {
public:
    ClassTable() {
        for (char16_t c = 0; c < kLatinEnd; ++c)
            latin_[c] = icu_class(c);
        for (char16_t c = kPunctuationStart; c < kPunctuationEnd; ++c)
            punctuation_[c - kPunctuationStart] = icu_class(c);
    }

    // Whether the unit can be neither a terminator nor Unsupported, from the table alone.
    bool is_quiet_latin(char16_t c) const {
        return c < kLatinEnd && latin_[c] < SentenceClass::ATerm;
    }

    SentenceClass operator()(char16_t c) const {
        if (c < kLatinEnd)
            return latin_[c];
        if (c >= kPunctuationStart && c < kPunctuationEnd)
            return punctuation_[c - kPunctuationStart];
        return icu_class(c);
    }

private:
    static constexpr char16_t kLatinEnd = 0x0300;
    static constexpr char16_t kPunctuationStart = 0x2000;
    static constexpr char16_t kPunctuationEnd = 0x2070;
    std::array<SentenceClass, kLatinEnd> latin_{};
    std::array<SentenceClass, kPunctuationEnd - kPunctuationStart> punctuation_{};
};

const ClassTable& class_table() {
    static const ClassTable table;
    return table;
}

bool is_terminator(SentenceClass type) {
    return type == SentenceClass::ATerm || type == SentenceClass::STerm;
}

bool is_cased(SentenceClass type) {
    return type == SentenceClass::Upper || type == SentenceClass::Lower;
}

enum class Lookahead { Lower, Other, Unsupported };

// SB8: whether, from `from` on, the first letter or terminator is a lower-case letter.
Lookahead first_letter_is_lower(const ClassTable& class_of, std::u16string_view text, size_t from) {
    for (size_t k = from; k < text.size(); ++k) {
        switch (class_of(text[k])) {
        case SentenceClass::Lower:
            return Lookahead::Lower;
        case SentenceClass::OLetter:
        case SentenceClass::Upper:
        case SentenceClass::ATerm:
        case SentenceClass::STerm:
            return Lookahead::Other;
        case SentenceClass::Unsupported:
            return Lookahead::Unsupported;
        default:
            break;
        }
    }
    return Lookahead::Other;
}

} // namespace

// A break can only follow a terminator run, its closing marks and spaces (SB9-SB11,
// SB998), so the text is scanned for terminators; after each, the first unit past its
// closing marks and spaces is the one candidate, kept unless SB6, SB7, SB8 or SB8a forbids
// it. A terminator there (SB8a) starts the next run.
bool SentenceBreakRules::find(std::u16string_view text, std::vector<int32_t>& breaks) const {
    breaks.clear();
    const ClassTable& class_of = class_table();
    const size_t length = text.size();
    size_t i = 0;
    while (i < length) {
        // Most units are Latin letters, digits, spaces and commas: four per test.
        while (i + 4 <= length && class_of.is_quiet_latin(text[i]) &&
               class_of.is_quiet_latin(text[i + 1]) && class_of.is_quiet_latin(text[i + 2]) &&
               class_of.is_quiet_latin(text[i + 3]))
            i += 4;
        if (i == length)
            break;
        const SentenceClass terminator = class_of(text[i]);
        if (terminator < SentenceClass::ATerm) {
            ++i;
            continue;
        }
        if (terminator == SentenceClass::Unsupported)
            return false;
        const size_t after_terminator = i + 1;
        size_t next = after_terminator;
        while (next < length && class_of(text[next]) == SentenceClass::Close)
            ++next;
        while (next < length && class_of(text[next]) == SentenceClass::Sp)
            ++next;
        if (next == length)
            return true;
        const SentenceClass type = class_of(text[next]);
        if (type == SentenceClass::Unsupported)
            return false;
        i = next;
        if (is_terminator(type) || type == SentenceClass::SContinue) // SB8a
            continue;
        if (terminator == SentenceClass::ATerm) {
            if (next == after_terminator && type == SentenceClass::Numeric) // SB6
                continue;
            if (next == after_terminator && type == SentenceClass::Upper && next >= 2 &&
                is_cased(class_of(text[next - 2]))) // SB7
                continue;
            const Lookahead lookahead = first_letter_is_lower(class_of, text, next);
            if (lookahead == Lookahead::Unsupported)
                return false;
            if (lookahead == Lookahead::Lower) // SB8
                continue;
        }
        breaks.push_back(static_cast<int32_t>(next));
    }
    return true;
}

} // namespace whosaid::segment
