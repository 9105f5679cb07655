#include "quotes/quote_mark_scanner.h"

#include "quotes/paragraph_pairer.h"
#include "quotes/word_tokenizer.h"

#include <algorithm>
#include <cstdint>
#include <optional>

namespace whosaid::quotes {

namespace {

using namespace marks;

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

// Up to how many paragraphs a quotation may go on without a reopening mark.
constexpr size_t kMaxUnmarkedParagraphs = 3;

// Whether the first mark of family in paragraph closes a quotation; nullopt when the
// paragraph has none. Straight marks count only where they cannot open.
std::optional<bool> closes_first(std::u16string_view text, Span paragraph, Family family) {
    for (int32_t j = paragraph.start; j < paragraph.end; ++j) {
        const char16_t c = text[idx(j)];
        if (!may_be_mark(c))
            continue;
        if (family == kGuillemet && (c == 0x00AB || c == 0x00BB))
            // » before a word after a space opens (the »…« style).
            return c == 0x00BB &&
                   !(j + 1 < paragraph.end && is_letter(text[idx(j + 1)]) &&
                     (j == paragraph.start || WordTokenizer::is_space(text[idx(j - 1)])));
        if (family != kDouble)
            continue;
        if (c == 0x201C || c == 0x201E)
            return false;
        if (c == 0x201D)
            return true;
        if (c == '"') {
            const char16_t before = j > paragraph.start ? text[idx(j - 1)] : u' ';
            const char16_t after = j + 1 < paragraph.end ? text[idx(j + 1)] : u' ';
            return !WordTokenizer::is_space(before) && closes_context(after) &&
                   !opens_context(before);
        }
    }
    return std::nullopt;
}

// Whether the quotation left open at the end of paragraph p goes on without a reopening
// mark: the next mark of its family, within a few paragraphs, closes it ("…la nuit.\n\nAu
// matin… vide» (…)"). Reads at most kMaxUnmarkedParagraphs paragraphs up to that mark.
bool goes_on_unmarked(std::u16string_view text, const std::vector<Span>& paragraphs, size_t p,
                      Family family) {
    for (size_t q = p + 1; q < paragraphs.size() && q <= p + kMaxUnmarkedParagraphs; ++q)
        if (const std::optional<bool> closes = closes_first(text, paragraphs[q], family))
            return *closes;
    return false;
}

// Whether a colon stands right before position (spaces aside): "témoigne : "…".
bool after_colon(std::u16string_view text, Span paragraph, int32_t position) {
    int32_t j = position;
    while (j > paragraph.start && WordTokenizer::is_space(text[idx(j - 1)]))
        --j;
    return j > paragraph.start && text[idx(j - 1)] == ':';
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
    bool carry = false;             // the previous paragraph left a quotation open for this one
    std::optional<Family> unmarked; // ... continued here without a leading mark
    // One pairer and one list of ranges for all paragraphs: their buffers are reused.
    ParagraphPairer pairer(text);
    struct Range {
        Span span;
        bool closed;
        bool written_open;
    };
    std::vector<Range> ranges;
    for (size_t p = 0; p < paragraphs.size(); ++p) {
        const Span paragraph = paragraphs[p];
        pairer.reset(paragraph);
        const int32_t first = pairer.first_non_space();
        const bool continues = carry && first < paragraph.end && is_opening_mark(text[idx(first)]);
        const bool goes_on = !continues && unmarked.has_value() && first < paragraph.end;
        pairer.run(continues ? first : -1, goes_on ? unmarked : std::nullopt);

        ranges.clear();
        for (const Pair& pair : pairer.pairs())
            ranges.push_back({pair.span, true, pair.written_open});
        bool next_opens = false;
        bool next_closes = false;
        if (const auto& open = pairer.unclosed()) {
            const bool last = p + 1 >= paragraphs.size();
            next_opens = !last && opens_with_mark(text, paragraphs[p + 1]);
            next_closes =
                !last && !next_opens && goes_on_unmarked(text, paragraphs, p, open->family);
            if (next_opens || next_closes || open->position == first ||
                after_colon(text, paragraph, open->position))
                ranges.push_back({{open->position, paragraph.end}, false, open->written});
            else
                next_closes = false;
            unmarked = next_closes ? std::optional<Family>(open->family) : std::nullopt;
        } else {
            unmarked.reset();
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
            const int32_t inner_start = range.span.start + (range.written_open ? 1 : 0);
            quoted.inner =
                trim(text, {inner_start, range.closed ? range.span.end - 1 : range.span.end});
            quoted.marks = trim(text, range.span);
            quoted.continues_previous = (continues || goes_on) && range.span.start == first;
            quoted.continued_in_next = !range.closed && (next_opens || next_closes);
            if (!quoted.inner.empty())
                out.push_back(quoted);
        }
        carry = next_opens;
    }
    return out;
}

} // namespace whosaid::quotes
