#include "quotes/quote_mark_scanner.h"

#include "quotes/word_tokenizer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>

namespace whosaid::quotes {

namespace {

// Marks pair within a family: guillemets, double quotes (straight or curly), single ones.
enum Family { kGuillemet, kDouble, kSingle, kAngle, kFamilies };

struct OpenMark {
    int32_t position;
    Family family;
};

bool is_letter(char16_t c) {
    return WordTokenizer::is_word_char(c);
}

// Whether visit() may act on c: a cheap test that lets the text between marks go by.
bool may_be_mark(char16_t c) {
    return c < 0x80 ? c == '"' : c == 0x00AB || c == 0x00BB || (c >= 0x2018 && c <= 0x203A);
}

// Whether one of the four units at p may be a mark: false when all four are ASCII and none
// is '"', tested at once on the units as the lanes of one 64-bit word.
bool may_hold_mark(const char16_t* p) {
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

bool opens_context(char16_t before) {
    return WordTokenizer::is_space(before) || before == '(' || before == '[' || before == '-' ||
           before == 0x2013 || before == 0x2014 || before == ':' || before == '/' ||
           before == 0x00AB || before == 0x201C;
}

bool closes_context(char16_t after) {
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
    // quotation, or -1.
    void run(int32_t continuation) {
        int32_t i = paragraph_.start;
        if (continuation >= 0) {
            const char16_t mark = at(continuation);
            push({continuation, mark == 0x00AB || mark == 0x00BB ? kGuillemet : kDouble});
            i = continuation + 1;
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

    const std::vector<Span>& pairs() const { return pairs_; }
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
                pairs_.push_back({top.position, position + 1});
                return true;
            }
        }
        return false;
    }

    bool top_is(Family family) const { return !stack_.empty() && stack_.back().family == family; }

    void visit(int32_t i) {
        const char16_t c = at(i);
        switch (c) {
        case 0x00AB:
            push({i, kGuillemet});
            break;
        case 0x00BB:
            close(kGuillemet, i);
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
            // “ closes a German „ and opens otherwise.
            if (top_is(kDouble) && at(stack_.back().position) == 0x201E)
                close(kDouble, i);
            else
                push({i, kDouble});
            break;
        case 0x201D:
            close(kDouble, i);
            break;
        case '"':
            straight(i);
            break;
        case 0x2018:
            if (!is_letter(before(i)) && !WordTokenizer::is_space(after(i)))
                push({i, kSingle});
            break;
        case 0x2019:
            // Between letters it is an apostrophe; otherwise it closes an open ‘.
            if (open_count_[kSingle] > 0 && !(is_letter(before(i)) && is_letter(after(i))))
                close(kSingle, i);
            break;
        default:
            break;
        }
    }

    void straight(int32_t i) {
        const bool can_open = opens_context(before(i)) && !WordTokenizer::is_space(after(i));
        const bool can_close = closes_context(after(i)) && !WordTokenizer::is_space(before(i));
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
    std::vector<Span> pairs_;
    std::optional<OpenMark> unclosed_;
};

bool is_opening_mark(char16_t c) {
    return c == 0x00AB || c == 0x00BB || c == 0x201C || c == 0x201E || c == '"';
}

size_t idx(int32_t i) {
    return static_cast<size_t>(i);
}

bool opens_with_mark(std::u16string_view text, Span paragraph) {
    int32_t j = paragraph.start;
    while (j < paragraph.end && WordTokenizer::is_space(text[idx(j)]))
        ++j;
    return j < paragraph.end && is_opening_mark(text[idx(j)]);
}

Span trim(std::u16string_view text, Span span) {
    while (span.start < span.end && WordTokenizer::is_space(text[static_cast<size_t>(span.start)]))
        ++span.start;
    while (span.end > span.start &&
           WordTokenizer::is_space(text[static_cast<size_t>(span.end - 1)]))
        --span.end;
    return span;
}

} // namespace

std::vector<QuotedRange> QuoteMarkScanner::scan(std::u16string_view text,
                                                const std::vector<Span>& paragraphs) {
    std::vector<QuotedRange> out;
    bool carry = false; // the previous paragraph left a quotation open for this one
    // One pairer and one list of ranges for all paragraphs: their buffers are reused.
    ParagraphPairer pairer(text);
    struct Range {
        Span span;
        bool closed;
    };
    std::vector<Range> ranges;
    for (size_t p = 0; p < paragraphs.size(); ++p) {
        const Span paragraph = paragraphs[p];
        pairer.reset(paragraph);
        const int32_t first = pairer.first_non_space();
        const bool continues = carry && first < paragraph.end && is_opening_mark(text[idx(first)]);
        pairer.run(continues ? first : -1);

        ranges.clear();
        for (Span pair : pairer.pairs())
            ranges.push_back({pair, true});
        bool continued_next = false;
        if (const auto& open = pairer.unclosed()) {
            const bool next_opens =
                p + 1 < paragraphs.size() && opens_with_mark(text, paragraphs[p + 1]);
            if (next_opens || open->position == first) {
                ranges.push_back({{open->position, paragraph.end}, false});
                continued_next = next_opens;
            }
        }
        std::sort(ranges.begin(), ranges.end(), [](const Range& a, const Range& b) {
            return a.span.start != b.span.start ? a.span.start < b.span.start
                                                : a.span.end > b.span.end;
        });
        int32_t covered_until = paragraph.start - 1;
        for (const Range& range : ranges) {
            if (range.span.start < covered_until)
                continue; // nested in an outer quotation
            covered_until = range.span.end;
            QuotedRange quoted;
            quoted.paragraph = static_cast<int>(p);
            quoted.inner = trim(
                text, {range.span.start + 1, range.closed ? range.span.end - 1 : range.span.end});
            quoted.marks = trim(text, range.span);
            quoted.continues_previous = continues && range.span.start == first;
            quoted.continued_in_next = !range.closed && continued_next;
            if (!quoted.inner.empty())
                out.push_back(quoted);
        }
        carry = continued_next;
    }
    return out;
}

} // namespace whosaid::quotes
