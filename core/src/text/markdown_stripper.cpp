#include "text/markdown_stripper.h"

#include "text/markdown_inline_stripper.h"

#include <algorithm>
#include <cstddef>
#include <utility>

namespace whosaid::text {

namespace {

constexpr std::size_t npos = std::u16string_view::npos;

bool is_blank(std::u16string_view line) {
    return line.find_first_not_of(u" \t") == npos;
}

// Columns of leading indentation, a tab counting as 4, and the units it spans.
std::size_t indentation(std::u16string_view line, std::size_t& units) {
    std::size_t columns = 0;
    for (units = 0; units < line.size(); ++units) {
        if (line[units] == u' ')
            columns += 1;
        else if (line[units] == u'\t')
            columns += 4;
        else
            break;
    }
    return columns;
}

std::size_t run_length(std::u16string_view line, char16_t c) {
    std::size_t n = 0;
    while (n < line.size() && line[n] == c)
        ++n;
    return n;
}

// "***", "- - -", "___": three or more of one marker and nothing else but spaces.
bool is_thematic_break(std::u16string_view line) {
    const char16_t marker = line.empty() ? u'\0' : line[0];
    if (marker != u'*' && marker != u'-' && marker != u'_')
        return false;
    std::size_t count = 0;
    for (char16_t c : line) {
        if (c == marker)
            ++count;
        else if (c != u' ' && c != u'\t')
            return false;
    }
    return count >= 3;
}

// "====" or "--" under a line of text.
bool is_setext_underline(std::u16string_view line) {
    const char16_t marker = line.empty() ? u'\0' : line[0];
    if (marker != u'=' && marker != u'-')
        return false;
    const std::size_t run = run_length(line, marker);
    return (marker == u'=' || run >= 2) && is_blank(line.substr(run));
}

// The heading text of "## Title ##", or npos when the line is not an ATX heading.
std::size_t heading_content_start(std::u16string_view line) {
    const std::size_t level = run_length(line, u'#');
    if (level == 0 || level > 6)
        return npos;
    if (level < line.size() && line[level] != u' ' && line[level] != u'\t')
        return npos;
    return level;
}

std::u16string_view trim_closing_hashes(std::u16string_view text) {
    std::size_t end = text.find_last_not_of(u" \t");
    if (end == npos)
        return {};
    std::size_t hashes_start = end + 1;
    while (hashes_start > 0 && text[hashes_start - 1] == u'#')
        --hashes_start;
    if (hashes_start == 0 || text[hashes_start - 1] == u' ' || text[hashes_start - 1] == u'\t')
        end = hashes_start == 0 ? 0 : hashes_start - 1;
    else
        end += 1;
    return text.substr(0, end);
}

// Length of a list marker with its following space ("- ", "* ", "12. ", "3) "), or 0.
std::size_t list_marker_length(std::u16string_view line) {
    std::size_t marker = 0;
    if (!line.empty() && (line[0] == u'-' || line[0] == u'*' || line[0] == u'+')) {
        marker = 1;
    } else {
        while (marker < line.size() && marker < 9 && line[marker] >= u'0' && line[marker] <= u'9')
            ++marker;
        if (marker == 0 || marker >= line.size() || (line[marker] != u'.' && line[marker] != u')'))
            return 0;
        ++marker;
    }
    if (marker >= line.size() || (line[marker] != u' ' && line[marker] != u'\t'))
        return 0;
    while (marker < line.size() && (line[marker] == u' ' || line[marker] == u'\t'))
        ++marker;
    return marker;
}

// "[label]: https://..." defines a link target and has no text.
bool is_reference_definition(std::u16string_view line) {
    if (line.empty() || line[0] != u'[')
        return false;
    const std::size_t close = line.find(u"]:");
    return close != npos && close > 1 && line.substr(1, close - 1).find(u']') == npos;
}

// Writes the output lines, keeping at most one blank line between paragraphs.
class LineWriter {
public:
    explicit LineWriter(std::size_t expected_size) { out_.reserve(expected_size); }

    void blank() {
        if (!out_.empty() && !last_blank_)
            out_.push_back(u'\n');
        last_blank_ = true;
    }
    // Text that has to be a paragraph of its own (heading, list item) starts after a blank.
    std::u16string& begin_line(bool own_paragraph) {
        if (own_paragraph || owe_blank_)
            blank();
        line_start_ = out_.size();
        was_blank_ = last_blank_;
        last_blank_ = false;
        return out_;
    }
    // A line left empty by its markup (an image alone) is no line at all.
    void end_line(bool needs_blank_after) {
        if (out_.size() == line_start_) {
            last_blank_ = was_blank_;
            return;
        }
        out_.push_back(u'\n');
        owe_blank_ = needs_blank_after;
    }
    void verbatim(std::u16string_view line) {
        out_.append(line);
        out_.push_back(u'\n');
        last_blank_ = is_blank(line);
    }
    // The text, ending with one newline if the source did and with none otherwise.
    std::u16string take(bool keep_final_newline) {
        while (!out_.empty() && out_.back() == u'\n')
            out_.pop_back();
        if (keep_final_newline && !out_.empty())
            out_.push_back(u'\n');
        return std::move(out_);
    }

private:
    std::u16string out_;
    std::size_t line_start_ = 0;
    bool last_blank_ = true;
    bool was_blank_ = true;
    bool owe_blank_ = false;
};

} // namespace

std::u16string MarkdownStripper::strip(std::u16string_view markdown) const {
    LineWriter writer(markdown.size());
    MarkdownInlineStripper inline_stripper;
    char16_t fence_marker = 0;
    std::size_t fence_length = 0;
    std::size_t fence_content = 0; // where the open fence's content starts in markdown
    bool previous_was_text = false;
    for (std::size_t start = 0; start < markdown.size();) {
        const std::size_t newline = markdown.find(u'\n', start);
        const std::size_t end = newline == npos ? markdown.size() : newline;
        const std::u16string_view line = markdown.substr(start, end - start);
        start = end + 1;

        std::size_t indent_units = 0;
        const std::size_t indent = indentation(line, indent_units);
        std::u16string_view rest = line.substr(indent_units);
        // Code is not prose: its quotation marks are string literals, not speech, so a
        // closed code block leaves only a paragraph break.
        if (fence_marker != 0) {
            if (indent < 4 && run_length(rest, fence_marker) >= fence_length &&
                is_blank(rest.substr(run_length(rest, fence_marker)))) {
                fence_marker = 0;
                writer.blank();
            }
            continue;
        }
        if (is_blank(line)) {
            writer.blank();
            previous_was_text = false;
            continue;
        }
        if (indent >= 4 && !previous_was_text) { // indented code block
            writer.blank();
            continue;
        }
        if (indent < 4 && (run_length(rest, u'`') >= 3 || run_length(rest, u'~') >= 3)) {
            fence_marker = rest[0];
            fence_length = run_length(rest, fence_marker);
            fence_content = start;
            writer.blank();
            previous_was_text = false;
            continue;
        }
        bool quoted = false;
        while (!rest.empty() && rest[0] == u'>') {
            rest.remove_prefix(rest.size() > 1 && rest[1] == u' ' ? 2 : 1);
            rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(u" \t")));
            quoted = true;
        }
        if (is_blank(rest) || is_thematic_break(rest) ||
            (previous_was_text && !quoted && is_setext_underline(rest))) {
            writer.blank();
            previous_was_text = false;
            continue;
        }
        if (is_reference_definition(rest))
            continue;
        const std::size_t heading = heading_content_start(rest);
        const std::size_t list_marker = heading == npos ? list_marker_length(rest) : 0;
        if (heading != npos)
            rest = trim_closing_hashes(rest.substr(heading));
        else
            rest.remove_prefix(list_marker);
        rest.remove_prefix(std::min(rest.size(), rest.find_first_not_of(u" \t")));
        const bool own_paragraph = heading != npos || list_marker > 0;
        inline_stripper.strip(rest, writer.begin_line(own_paragraph));
        writer.end_line(heading != npos);
        previous_was_text = heading == npos;
    }
    // A fence never closed is a stray run of backticks, not code: its lines stay as text.
    if (fence_marker != 0)
        for (std::size_t start = fence_content; start < markdown.size();) {
            const std::size_t end = std::min(markdown.size(), markdown.find(u'\n', start));
            writer.verbatim(markdown.substr(start, end - start));
            start = end + 1;
        }
    return writer.take(!markdown.empty() && markdown.back() == u'\n');
}

} // namespace whosaid::text
