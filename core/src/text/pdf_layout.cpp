#include "text/pdf_layout.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace whosaid::text {

namespace {

// How many lines at the top and at the bottom of a page may be a running header or footer.
constexpr size_t kEdgeLines = 2;

bool is_lower(char16_t c) {
    return (c >= u'a' && c <= u'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

bool is_letter(char16_t c) {
    return is_lower(c) || (c >= u'A' && c <= u'Z') ||
           (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7) || (c >= 0x100 && c <= 0x24F);
}

// A line break inside a word (some PDFs carry them in their text) would split a paragraph
// where the layout did not, so that the paragraphs' pages no longer match the text's.
bool is_line_break(char16_t c) {
    return c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f' || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

bool ends_sentence(const std::u16string& text) {
    const size_t end = text.find_last_not_of(u" ");
    if (end == std::u16string::npos)
        return false;
    const char16_t c = text[end];
    return c == u'.' || c == u'!' || c == u'?' || c == u':' || c == u'»' || c == u'"' ||
           c == u'\u201D';
}

// The line with its digits made alike, so that "Page 3" and "Page 4" repeat.
std::u16string running_key(const std::u16string& text) {
    std::u16string key;
    for (char16_t c : text)
        if (c != u' ')
            key += (c >= u'0' && c <= u'9') ? u'#' : (c >= u'A' && c <= u'Z') ? c + 32 : c;
    return key;
}

// "12", "- 12 -", "Page 3", "3 / 14", "page 3 sur 14", "3 of 14".
bool is_page_number(const std::u16string& text) {
    std::u16string rest;
    for (char16_t c : text)
        if (c != u' ' && c != u'-' && c != u'/' && c != u'\u2013' && !(c >= u'0' && c <= u'9'))
            rest += (c >= u'A' && c <= u'Z') ? c + 32 : c;
    const bool has_digit = text.find_first_of(u"0123456789") != std::u16string::npos;
    return has_digit && (rest.empty() || rest == u"page" || rest == u"pagesur" ||
                         rest == u"pageof" || rest == u"sur" || rest == u"of" || rest == u"p.");
}

double median(std::vector<double> values) {
    if (values.empty())
        return 0;
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

void join_line(std::u16string& paragraph, const std::u16string& line) {
    if (paragraph.empty()) {
        paragraph = line;
        return;
    }
    const size_t n = paragraph.size();
    const bool hyphen = paragraph[n - 1] == u'-' || paragraph[n - 1] == u'\u00AD';
    if (hyphen && n >= 2 && is_letter(paragraph[n - 2]) && !line.empty() && is_letter(line[0])) {
        if (is_lower(line[0]))
            paragraph.pop_back(); // "gouver-" + "nement"; "Jean-" + "Pierre" keeps its hyphen
        paragraph += line;
    } else {
        paragraph += u' ';
        paragraph += line;
    }
}

} // namespace

PdfLayout::Page PdfLayout::lines_of(const std::vector<PdfWord>& words) {
    Page lines;
    for (const PdfWord& w : words) {
        const double height = std::max(w.bottom - w.top, 1.0);
        const double middle = (w.top + w.bottom) / 2;
        bool same_line = false;
        if (!lines.empty()) {
            const Line& last = lines.back();
            same_line = std::abs(middle - (last.top + last.bottom) / 2) < 0.5 * height &&
                        w.left >= last.left - height;
        }
        if (!same_line) {
            lines.push_back({w.text, w.left, w.top, w.right, w.bottom});
        } else {
            Line& line = lines.back();
            line.text += w.text;
            line.left = std::min(line.left, w.left);
            line.right = std::max(line.right, w.right);
            line.top = std::min(line.top, w.top);
            line.bottom = std::max(line.bottom, w.bottom);
        }
        if (w.space_after)
            lines.back().text += u' ';
    }
    for (Line& line : lines) {
        std::replace_if(line.text.begin(), line.text.end(), is_line_break, u' ');
        while (!line.text.empty() && line.text.back() == u' ')
            line.text.pop_back();
    }
    std::erase_if(lines, [](const Line& l) { return l.text.empty(); });
    return lines;
}

void PdfLayout::add_page(const std::vector<PdfWord>& words) {
    pages_.push_back(lines_of(words));
}

bool PdfLayout::starts_paragraph(const Line& previous, const Line& line, double height,
                                 double left_margin, double right_margin) {
    const double gap = line.top - previous.bottom;
    if (gap > 0.6 * height || line.top < previous.top - height)
        return true; // a blank space, or a new column
    const bool indented = line.left > left_margin + height;
    const bool short_before = previous.right < right_margin - 4 * height;
    return ends_sentence(previous.text) && (indented || short_before);
}

std::vector<PdfParagraph> PdfLayout::paragraphs() const {
    // Lines at a page's edges that recur on most pages are running headers and footers.
    std::unordered_map<std::u16string, size_t> edge_counts;
    for (const Page& page : pages_)
        for (size_t i = 0; i < page.size(); ++i)
            if (i < kEdgeLines || i + kEdgeLines >= page.size())
                ++edge_counts[running_key(page[i].text)];
    const size_t recurring = std::max<size_t>(2, (pages_.size() * 3 + 4) / 5);

    std::vector<PdfParagraph> paragraphs;
    bool open = false; // the last paragraph may go on after a page break
    for (size_t p = 0; p < pages_.size(); ++p) {
        const Page& page = pages_[p];
        std::vector<double> heights;
        std::vector<double> lefts;
        std::vector<double> rights;
        for (const Line& line : page) {
            heights.push_back(line.bottom - line.top);
            lefts.push_back(line.left);
            rights.push_back(line.right);
        }
        const double height = std::max(median(heights), 1.0);
        const double left_margin =
            lefts.empty() ? 0 : *std::min_element(lefts.begin(), lefts.end());
        const double right_margin = median(rights);
        const Line* previous = nullptr;
        for (size_t i = 0; i < page.size(); ++i) {
            const Line& line = page[i];
            const bool edge = i < kEdgeLines || i + kEdgeLines >= page.size();
            if (edge && (is_page_number(line.text) ||
                         (pages_.size() > 1 && edge_counts[running_key(line.text)] >= recurring)))
                continue;
            const bool fresh =
                previous ? starts_paragraph(*previous, line, height, left_margin, right_margin)
                         : !(open && !line.text.empty() && is_lower(line.text[0]));
            if (fresh || paragraphs.empty())
                paragraphs.push_back({{}, static_cast<int>(p) + 1});
            join_line(paragraphs.back().text, line.text);
            previous = &line;
        }
        open = !paragraphs.empty() && !ends_sentence(paragraphs.back().text);
    }
    return paragraphs;
}

} // namespace whosaid::text
