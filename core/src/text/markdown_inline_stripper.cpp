#include "text/markdown_inline_stripper.h"

#include <algorithm>
#include <unicode/uchar.h>

namespace whosaid::text {

namespace {

// No paragraph of prose is this long: such a line is data, passed through as is, which
// also bounds the memory the per-line tables take.
constexpr std::size_t kMaxLineLength = 64 * 1024;
// Characters that may start inline markup; runs of anything else are copied in one go.
constexpr std::u16string_view kSpecial = u"\\`![]<*_";
// How far to look for closing backticks: bounds the work on hostile lines.
constexpr std::size_t kMaxCodeSpanSearch = 4096;

bool is_ascii_punctuation(char16_t c) {
    return (c >= u'!' && c <= u'/') || (c >= u':' && c <= u'@') || (c >= u'[' && c <= u'`') ||
           (c >= u'{' && c <= u'~');
}

bool is_whitespace(char16_t c) {
    return u_isUWhiteSpace(c);
}

bool is_punctuation(char16_t c) {
    return is_ascii_punctuation(c) || u_ispunct(c);
}

std::size_t run_length(std::u16string_view line, std::size_t start) {
    std::size_t end = start;
    while (end < line.size() && line[end] == line[start])
        ++end;
    return end - start;
}

bool starts_with_at(std::u16string_view line, std::size_t pos, std::u16string_view prefix) {
    return line.substr(pos, prefix.size()) == prefix;
}

bool is_ascii_letter(char16_t c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// The position after an inline HTML tag starting at line[i] == '<' — an opening tag
// (<span class="x">, <br/>), a closing tag (</em>) or a comment (<!-- -->) — or 0 when
// none does. A '<' met before the end means no tag, so the scans of successive '<' never
// overlap and a line costs linear time.
std::size_t html_tag_end(std::u16string_view line, std::size_t i) {
    const std::size_t n = line.size();
    if (starts_with_at(line, i, u"<!--")) {
        const std::size_t close = line.find(u"-->", i + 4);
        const std::size_t next_open = line.find(u'<', i + 1);
        return close == std::u16string_view::npos || next_open < close ? 0 : close + 3;
    }
    std::size_t k = i + 1;
    if (k < n && line[k] == u'/')
        ++k;
    if (k >= n || !is_ascii_letter(line[k]))
        return 0;
    while (k < n &&
           (is_ascii_letter(line[k]) || (line[k] >= u'0' && line[k] <= u'9') || line[k] == u'-'))
        ++k;
    if (k >= n || (line[k] != u'>' && line[k] != u'/' && line[k] != u' ' && line[k] != u'\t'))
        return 0;
    char16_t quote = 0;
    for (; k < n; ++k) {
        const char16_t c = line[k];
        if (c == u'<')
            return 0;
        if (quote != 0) {
            quote = c == quote ? 0 : quote;
        } else if ((c == u'"' || c == u'\'') && line[k - 1] == u'=') {
            quote = c;
        } else if (c == u'>') {
            return k + 1;
        }
    }
    return 0;
}

} // namespace

void MarkdownInlineStripper::strip(std::u16string_view line, std::u16string& out) {
    if (line.size() > kMaxLineLength) {
        out.append(line);
        return;
    }
    const std::size_t base = out.size();
    delimiters_.clear();
    open_links_.clear();
    out.reserve(base + line.size());
    // Lines without '[' have no links: skip the bracket table.
    if (line.find(u'[') != std::u16string_view::npos)
        match_brackets(line);
    const std::size_t n = line.size();
    std::size_t autolink_dead_end = 0;
    std::size_t i = 0;
    while (i < n) {
        if (!open_links_.empty() && i >= open_links_.back().close_bracket) {
            i = open_links_.back().resume;
            open_links_.pop_back();
            continue;
        }
        const char16_t c = line[i];
        if (c == u'\\' && i + 1 < n && is_ascii_punctuation(line[i + 1])) {
            out.push_back(line[i + 1]);
            i += 2;
        } else if (c == u'`') {
            const std::size_t run = run_length(line, i);
            const std::size_t end = code_span_end(line, i, run);
            if (end == 0) {
                out.append(line.substr(i, run));
                i += run;
                continue;
            }
            std::u16string_view code = line.substr(i + run, end - run - i - run);
            if (code.size() >= 2 && code.front() == u' ' && code.back() == u' ')
                code = code.substr(1, code.size() - 2);
            out.append(code);
            i = end;
        } else if (c == u'!' && i + 1 < n && line[i + 1] == u'[' && link_end(line, i + 1) != 0) {
            i = link_end(line, i + 1);
        } else if (c == u'[' && link_end(line, i) != 0) {
            open_links_.push_back({static_cast<std::size_t>(matching_[i]), link_end(line, i)});
            ++i;
        } else if (c == u'<' && (starts_with_at(line, i + 1, u"http://") ||
                                 starts_with_at(line, i + 1, u"https://") ||
                                 starts_with_at(line, i + 1, u"mailto:"))) {
            std::size_t end = std::max(i + 1, autolink_dead_end);
            while (end < n && line[end] != u'>' && !is_whitespace(line[end]))
                ++end;
            if (end < n && line[end] == u'>') {
                out.append(line.substr(i + 1, end - i - 1));
                i = end + 1;
            } else {
                // No '<' before `end` can close either: later ones skip the rescan.
                autolink_dead_end = end;
                out.push_back(c);
                ++i;
            }
        } else if (const std::size_t tag_end = c == u'<' ? html_tag_end(line, i) : 0) {
            i = tag_end; // inline HTML: the tags go, the text between them stays
        } else if (c == u'*' || c == u'_') {
            const std::size_t run = run_length(line, i);
            add_delimiter(line, i, run, out.size() - base);
            out.append(line.substr(i, run));
            i += run;
        } else {
            const std::size_t plain_end = std::min(n, line.find_first_of(kSpecial, i + 1));
            out.append(line.substr(i, plain_end - i));
            i = plain_end;
        }
    }
    // The line came in trimmed: blanks at its start are left by removed markup.
    if (delimiters_.empty()) {
        const std::size_t first = std::min(out.size(), out.find_first_not_of(u" \t", base));
        out.erase(base, first - base);
        return;
    }
    resolve_emphasis(out.size() - base);
    std::size_t write = base;
    for (std::size_t k = base; k < out.size(); ++k) {
        const char16_t c = out[k];
        if (keep_[k - base] && (write > base || (c != u' ' && c != u'\t')))
            out[write++] = c;
    }
    out.resize(write);
}

// Pairs every ']' with the nearest open '[' and every ')' with the nearest open '(' in one
// pass, so link parsing stays linear however many brackets a line holds.
void MarkdownInlineStripper::match_brackets(std::u16string_view line) {
    matching_.assign(line.size(), -1);
    open_brackets_.clear();
    open_parentheses_.clear();
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char16_t c = line[i];
        if (c == u'\\') {
            ++i;
        } else if (c == u'[') {
            open_brackets_.push_back(i);
        } else if (c == u'(') {
            open_parentheses_.push_back(i);
        } else if (c == u']' && !open_brackets_.empty()) {
            matching_[open_brackets_.back()] = static_cast<std::int32_t>(i);
            open_brackets_.pop_back();
        } else if (c == u')' && !open_parentheses_.empty()) {
            matching_[open_parentheses_.back()] = static_cast<std::int32_t>(i);
            open_parentheses_.pop_back();
        }
    }
}

std::size_t MarkdownInlineStripper::link_end(std::u16string_view line, std::size_t open) const {
    if (matching_[open] < 0)
        return 0;
    const std::size_t after = static_cast<std::size_t>(matching_[open]) + 1;
    if (after >= line.size() || (line[after] != u'(' && line[after] != u'['))
        return 0;
    if (matching_[after] < 0)
        return 0;
    return static_cast<std::size_t>(matching_[after]) + 1;
}

// The position after the closing run of exactly `run` backticks, or 0 when there is none.
std::size_t MarkdownInlineStripper::code_span_end(std::u16string_view line, std::size_t start,
                                                  std::size_t run) const {
    const std::size_t limit = std::min(line.size(), start + run + kMaxCodeSpanSearch);
    for (std::size_t i = start + run; i < limit;) {
        if (line[i] != u'`') {
            ++i;
            continue;
        }
        const std::size_t closing = run_length(line, i);
        if (closing == run)
            return i + closing;
        i += closing;
    }
    return 0;
}

void MarkdownInlineStripper::add_delimiter(std::u16string_view line, std::size_t start,
                                           std::size_t run, std::size_t position) {
    const char16_t before = start > 0 ? line[start - 1] : u' ';
    const char16_t after = start + run < line.size() ? line[start + run] : u' ';
    const bool left_flanking =
        !is_whitespace(after) &&
        (!is_punctuation(after) || is_whitespace(before) || is_punctuation(before));
    const bool right_flanking =
        !is_whitespace(before) &&
        (!is_punctuation(before) || is_whitespace(after) || is_punctuation(after));
    const char16_t marker = line[start];
    bool can_open = left_flanking;
    bool can_close = right_flanking;
    if (marker == u'_') {
        // Intraword underscores are never emphasis: snake_case, file_name_v2.
        can_open = left_flanking && (!right_flanking || is_punctuation(before));
        can_close = right_flanking && (!left_flanking || is_punctuation(after));
    }
    if (can_open || can_close)
        delimiters_.push_back({position, 0, run, marker, can_open, can_close});
}

void MarkdownInlineStripper::resolve_emphasis(std::size_t length) {
    keep_.assign(length, 1);
    star_openers_.clear();
    underscore_openers_.clear();
    for (std::size_t k = 0; k < delimiters_.size(); ++k) {
        Delimiter& closer = delimiters_[k];
        std::vector<std::size_t>& openers =
            closer.marker == u'*' ? star_openers_ : underscore_openers_;
        if (closer.can_close) {
            while (closer.remaining > 0 && !openers.empty()) {
                Delimiter& opener = delimiters_[openers.back()];
                const std::size_t use = (opener.remaining >= 2 && closer.remaining >= 2) ? 2 : 1;
                // Openers give up marks from their end, closers from their start.
                const std::size_t opener_end =
                    opener.position + opener.consumed_front + opener.remaining;
                for (std::size_t u = 1; u <= use; ++u)
                    keep_[opener_end - u] = 0;
                opener.remaining -= use;
                for (std::size_t u = 0; u < use; ++u)
                    keep_[closer.position + closer.consumed_front + u] = 0;
                closer.consumed_front += use;
                closer.remaining -= use;
                if (opener.remaining == 0)
                    openers.pop_back();
            }
        }
        if (closer.can_open && closer.remaining > 0)
            openers.push_back(k);
    }
}

} // namespace whosaid::text
