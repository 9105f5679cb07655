#pragma once

#include "quotes/word_tokenizer.h"
#include "whosaid/span.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <string_view>
#include <vector>

// The marks of one paragraph paired up, for QuoteMarkScanner.
namespace whosaid::quotes::marks {

// Marks pair within a family: guillemets, double quotes (straight or curly), single ones.
enum Family { kGuillemet, kDouble, kSingle, kAngle, kFamilies };

struct OpenMark {
    int32_t position;
    Family family;
    bool written = true; // false: the quotation goes on from the previous paragraph unmarked
};

// A closed quotation: its span, and whether a written mark opens it.
struct Pair {
    Span span;
    bool written_open = true;
};

inline bool is_letter(char16_t c) {
    return WordTokenizer::is_word_char(c);
}

// Whether visit() may act on c: a cheap test that lets the text between marks go by.
inline bool may_be_mark(char16_t c) {
    return c < 0x80 ? c == '"' : c == 0x00AB || c == 0x00BB || (c >= 0x2018 && c <= 0x203A);
}

// Whether one of the four units at p may be a mark: false when all four are ASCII and none
// is '"', tested at once on the units as the lanes of one 64-bit word.
inline bool may_hold_mark(const char16_t* p) {
    uint64_t lanes;
    std::memcpy(&lanes, p, sizeof lanes);
    constexpr uint64_t kHighBits = 0xFF80FF80FF80FF80ull;
    if ((lanes & kHighBits) != 0)
        return true;
    // A lane equal to '"' becomes zero; a zero lane sets its top bit below (false positives
    // only send the four units to the exact test).
    const uint64_t x = lanes ^ 0x0022002200220022ull;
    return ((x - 0x0001000100010001ull) & ~x & 0x8000800080008000ull) != 0;
}

// A straight mark may open after a space, a bracket, a dash, a colon, another opening mark, or
// an apostrophe typed before it by mistake ("d'"une ampleur"").
inline bool opens_context(char16_t before) {
    return WordTokenizer::is_space(before) || before == '(' || before == '[' || before == '-' ||
           before == 0x2013 || before == 0x2014 || before == ':' || before == '/' ||
           before == 0x00AB || before == 0x201C || before == '\'' || before == 0x2019;
}

inline bool closes_context(char16_t after) {
    return WordTokenizer::is_space(after) || after == '.' || after == ',' || after == ';' ||
           after == ':' || after == '!' || after == '?' || after == ')' || after == ']' ||
           after == 0x2026 || after == '-' || after == 0x2013 || after == 0x2014 ||
           after == 0x00BB || after == 0x201D || after == '\'';
}

// Pairs the marks of one paragraph. Each mark is pushed and popped at most once.
class ParagraphPairer {
public:
    explicit ParagraphPairer(std::u16string_view text) : text_(text) {}

    // Starts over on another paragraph, keeping the buffers of the previous one.
    void reset(Span paragraph) {
        paragraph_ = paragraph;
        stack_.clear();
        open_count_ = {};
        pairs_.clear();
        unclosed_.reset();
    }

    // Every closed pair of the paragraph (nested ones too), and the outermost mark left open.
    // continuation: position of the leading mark that reopens the previous paragraph's
    // quotation, or -1. unmarked: the previous paragraph's quotation goes on here without a
    // leading mark (its closing mark comes later in this paragraph), in that family.
    void run(int32_t continuation, std::optional<Family> unmarked = std::nullopt) {
        int32_t i = paragraph_.start;
        if (continuation >= 0) {
            const char16_t mark = at(continuation);
            push({continuation, mark == 0x00AB || mark == 0x00BB ? kGuillemet : kDouble});
            i = continuation + 1;
        } else if (unmarked) {
            push({first_non_space(), *unmarked, false});
        }
        const char16_t* units = text_.data();
        const int32_t end = paragraph_.end;
        while (i < end) {
            if (end - i >= 4 && !may_hold_mark(units + i)) {
                i += 4;
                continue;
            }
            if (may_be_mark(units[i]))
                visit(i);
            ++i;
        }
        if (!stack_.empty())
            unclosed_ = stack_.front();
    }

    const std::vector<Pair>& pairs() const { return pairs_; }
    const std::optional<OpenMark>& unclosed() const { return unclosed_; }

    int32_t first_non_space() const {
        int32_t i = paragraph_.start;
        while (i < paragraph_.end && WordTokenizer::is_space(at(i)))
            ++i;
        return i;
    }

private:
    char16_t at(int32_t i) const { return text_[static_cast<size_t>(i)]; }
    char16_t before(int32_t i) const { return i > paragraph_.start ? at(i - 1) : u' '; }
    char16_t after(int32_t i) const { return i + 1 < paragraph_.end ? at(i + 1) : u' '; }

    void push(OpenMark mark) {
        stack_.push_back(mark);
        ++open_count_[mark.family];
    }

    // Closes the innermost open mark of family, dropping the unclosed ones above it.
    bool close(Family family, int32_t position) {
        if (open_count_[family] == 0)
            return false; // a stray closing mark
        while (!stack_.empty()) {
            OpenMark top = stack_.back();
            stack_.pop_back();
            --open_count_[top.family];
            if (top.family == family) {
                pairs_.push_back({{top.position, position + 1}, top.written});
                return true;
            }
        }
        return false;
    }

    bool top_is(Family family) const { return !stack_.empty() && stack_.back().family == family; }

    // Whether the mark at i stands where a quotation ends: after a word, before a space or
    // punctuation.
    bool closing_place(int32_t i) const {
        return !WordTokenizer::is_space(before(i)) && closes_context(after(i));
    }
    bool opening_place(int32_t i) const {
        return opens_context(before(i)) && !WordTokenizer::is_space(after(i));
    }
    // Whether only spaces follow i in the paragraph.
    bool at_paragraph_end(int32_t i) const {
        int32_t j = i + 1;
        while (j < paragraph_.end && WordTokenizer::is_space(at(j)))
            ++j;
        return j >= paragraph_.end;
    }

    // Whether the word before i is a French elided word (l’, d’, qu’, jusqu’…), whose
    // apostrophe a stray space may part from the next word.
    bool after_elided_word(int32_t i) const {
        int32_t start = i;
        while (start > paragraph_.start && start > i - 7 && is_letter(at(start - 1)))
            --start;
        if (start > paragraph_.start && is_letter(at(start - 1)))
            return false;
        std::array<char16_t, 8> folded{};
        for (int32_t j = start; j < i; ++j)
            folded[static_cast<size_t>(j - start)] = static_cast<char16_t>(at(j) | 0x20);
        const std::u16string_view word(folded.data(), static_cast<size_t>(i - start));
        static constexpr std::u16string_view kElided[] = {
            u"l", u"d", u"j", u"n", u"s", u"c", u"m", u"t", u"qu", u"jusqu", u"lorsqu", u"puisqu"};
        return std::find(std::begin(kElided), std::end(kElided), word) != std::end(kElided);
    }

    // « is an opening mark, except right after a word where a guillemet is open: a closing
    // mark typed backwards ("«non«").
    void left_guillemet(int32_t i) {
        if (open_count_[kGuillemet] > 0 && closing_place(i) && !opening_place(i))
            close(kGuillemet, i);
        else
            push({i, kGuillemet});
    }

    // » closes a guillemet; with none open it closes a “ (mixed marks, "“non»"), or opens
    // a quotation where it stands before a word (the »…« and »…» styles).
    void right_guillemet(int32_t i) {
        if (open_count_[kGuillemet] > 0)
            close(kGuillemet, i);
        else if (top_is(kDouble) && closing_place(i))
            close(kDouble, i);
        else if (opening_place(i))
            push({i, kGuillemet});
    }

    // ” closes a double quotation; with none open it closes a « (mixed marks).
    void right_double(int32_t i) {
        if (open_count_[kDouble] == 0 && top_is(kGuillemet))
            close(kGuillemet, i);
        else
            close(kDouble, i);
    }

    void visit(int32_t i) {
        const char16_t c = at(i);
        switch (c) {
        case 0x00AB:
            left_guillemet(i);
            break;
        case 0x00BB:
            right_guillemet(i);
            break;
        case 0x2039:
            push({i, kAngle});
            break;
        case 0x203A:
            close(kAngle, i);
            break;
        case 0x201E:
            push({i, kDouble});
            break;
        case 0x201C:
            // “ closes a German „, and an open quotation where it cannot open (before a space
            // or the paragraph end: a closing mark typed backwards, "… it is over. “").
            if ((top_is(kDouble) && at(stack_.back().position) == 0x201E) ||
                (open_count_[kDouble] > 0 && WordTokenizer::is_space(after(i))))
                close(kDouble, i);
            else
                push({i, kDouble});
            break;
        case 0x201D:
            right_double(i);
            break;
        case '"':
            straight(i);
            break;
        case 0x2018:
            if (!is_letter(before(i)) && !WordTokenizer::is_space(after(i)))
                push({i, kSingle});
            break;
        case 0x2019:
            // Between letters, or after an elided word ("qu’ «on"), it is an apostrophe;
            // otherwise it closes an open ‘.
            if (open_count_[kSingle] > 0 && !(is_letter(before(i)) && is_letter(after(i))) &&
                !after_elided_word(i))
                close(kSingle, i);
            break;
        default:
            break;
        }
    }

    void straight(int32_t i) {
        const bool can_open = opening_place(i);
        // A closing mark may follow a space where the paragraph ends ("fin. "").
        const bool can_close =
            closing_place(i) || (open_count_[kDouble] > 0 && !can_open && at_paragraph_end(i));
        if (can_close && open_count_[kDouble] > 0)
            close(kDouble, i);
        else if (can_open)
            push({i, kDouble});
        else if (can_close)
            close(kDouble, i);
    }

    std::u16string_view text_;
    Span paragraph_;
    std::vector<OpenMark> stack_;
    std::array<int, kFamilies> open_count_{};
    std::vector<Pair> pairs_;
    std::optional<OpenMark> unclosed_;
};

} // namespace whosaid::quotes::marks
