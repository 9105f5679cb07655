#pragma once

#include <string>
#include <vector>

namespace whosaid::text {

// One word of a PDF page as the PDF library gives it, in reading order; coordinates in
// points, y growing downwards.
struct PdfWord {
    std::u16string text;
    double left = 0, top = 0, right = 0, bottom = 0;
    bool space_after = true;
};

// One paragraph rebuilt from a PDF and the page (from 1) on which it starts; its text holds no
// line break.
struct PdfParagraph {
    std::u16string text;
    int page = 1;
};

// Rebuilds paragraphs from the words of a PDF's pages: words into lines by their height on
// the page, lines into paragraphs by the vertical gap, the indentation and the length of
// the line before; hyphenation at line ends undone; lines that repeat at the top or bottom
// of most pages (running headers, footers) and page numbers dropped; a paragraph cut by a
// page break joined again. Linear in the number of words.
class PdfLayout {
public:
    // Adds the next page's words.
    void add_page(const std::vector<PdfWord>& words);

    // The paragraphs in reading order, each with the page it starts on: a paragraph continued
    // across a page break gives the page of its first line.
    std::vector<PdfParagraph> paragraphs() const;

    // How many pages were added.
    int page_count() const { return static_cast<int>(pages_.size()); }

private:
    struct Line {
        std::u16string text;
        double left = 0, top = 0, right = 0, bottom = 0;
    };
    using Page = std::vector<Line>;

    static Page lines_of(const std::vector<PdfWord>& words);
    static bool starts_paragraph(const Line& previous, const Line& line, double height,
                                 double left_margin, double right_margin);

    std::vector<Page> pages_;
};

} // namespace whosaid::text
