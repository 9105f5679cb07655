#include "segment/paragraph_splitter.h"

#include "segment/segmenter_chars.h"

#include <cstdint>
#include <cstring>

namespace whosaid::segment {

using chars::is_line_break;
using chars::trim;

namespace {

// Most units lie between CR and NEL, where no line break is.
bool is_below_nel(char16_t c) {
    return static_cast<char16_t>(c - (u'\r' + 1)) < 0x85 - (u'\r' + 1);
}

// Whether none of the four units at `at` can be a line break: all are above CR, below
// U+2000 and not NEL. Tested on the four at once as 16-bit lanes of one word (SWAR); each
// test says exactly whether SOME lane fails it.
bool four_without_line_break(const char16_t* at) {
    constexpr uint64_t kLowBits = 0x0001000100010001u;
    constexpr uint64_t kHighBits = 0x8000800080008000u;
    uint64_t lanes = 0;
    std::memcpy(&lanes, at, sizeof lanes);
    const uint64_t at_or_above_2000 = lanes & (kLowBits * 0xE000);
    const uint64_t below_cr_end = (lanes - kLowBits * (u'\r' + 1)) & ~lanes & kHighBits;
    const uint64_t nel = lanes ^ (kLowBits * 0x85);
    const uint64_t equal_to_nel = (nel - kLowBits) & ~nel & kHighBits;
    return (at_or_above_2000 | below_cr_end | equal_to_nel) == 0;
}

// Calls visit(line) for every line of the text, without its line break, until it returns
// false.
template <typename Visit> void for_each_line(std::u16string_view text, Visit visit) {
    const char16_t* const begin = text.data();
    const char16_t* const end = begin + text.size();
    auto offset = [begin](const char16_t* at) {
        return static_cast<int32_t>(at - begin);
    };
    const char16_t* line = begin;
    for (const char16_t* at = begin;; ++at) {
        while (end - at >= 4 && four_without_line_break(at))
            at += 4;
        while (at != end && is_below_nel(*at))
            ++at;
        if (at == end) {
            visit(Span{offset(line), offset(end)});
            return;
        }
        if (*at == u'\r' && at + 1 != end && at[1] == u'\n')
            continue; // a CRLF left by a caller that skipped the loader is one break
        if (is_line_break(*at)) {
            if (!visit(Span{offset(line), offset(at)}))
                return;
            line = at + 1;
        }
    }
}

bool is_blank(std::u16string_view text, Span line) {
    return trim(text, line).empty();
}

} // namespace

bool ParagraphSplitter::has_separating_blank_line(std::u16string_view text) {
    bool seen_content = false;
    bool blank_after_content = false;
    bool found = false;
    for_each_line(text, [&](Span line) {
        if (is_blank(text, line)) {
            blank_after_content = seen_content;
        } else {
            found = blank_after_content;
            seen_content = true;
        }
        return !found;
    });
    return found;
}

std::vector<Span> ParagraphSplitter::split(std::u16string_view text) const {
    std::vector<Span> paragraphs;
    if (!has_separating_blank_line(text)) {
        for_each_line(text, [&](Span line) {
            const Span trimmed = trim(text, line);
            if (!trimmed.empty())
                paragraphs.push_back(trimmed);
            return true;
        });
        return paragraphs;
    }
    // Blank lines close the paragraph that runs from the first non-blank line after the
    // previous blank line.
    Span current{-1, -1};
    auto close = [&]() {
        if (current.start >= 0)
            paragraphs.push_back(trim(text, current));
        current = {-1, -1};
    };
    for_each_line(text, [&](Span line) {
        if (is_blank(text, line)) {
            close();
            return true;
        }
        if (current.start < 0)
            current.start = line.start;
        current.end = line.end;
        return true;
    });
    close();
    return paragraphs;
}

} // namespace whosaid::segment
