#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace whosaid::text {

// Builds text from a markup stream the way a browser lays it out: runs of whitespace
// collapse to one space, breaks never pile up and never start or end the text. Paragraphs
// come out separated by one blank line.
class ParagraphWriter {
public:
    explicit ParagraphWriter(std::size_t expected_size = 0);

    // A character of ordinary text; HTML whitespace (space, tab, \n, \r, \f) collapses.
    // No-break spaces are not whitespace here: they are kept.
    void text(char32_t c);
    // Characters of ordinary text, none of them HTML whitespace; same as text() on each.
    void word(std::u16string_view characters);
    // A character inside <pre>: kept as is, newlines included.
    void preformatted(char32_t c);
    // <br>: a newline; a second one in a row ends the paragraph (the "<br><br>" idiom).
    void line_break();
    // The end or start of a block element.
    void paragraph_break();

    // The text written so far (a pending break not yet written) and its length.
    std::u16string_view view() const { return out_; }
    std::size_t size() const { return out_.size(); }
    // Forgets what was written after the first length units (a paragraph left out).
    void truncate(std::size_t length);

    // The text written so far; the writer is left empty.
    std::u16string take();

private:
    enum class Pending { None, Space, Line, Paragraph };

    void flush_pending();
    void append(char32_t c);

    std::u16string out_;
    Pending pending_ = Pending::None;
};

} // namespace whosaid::text
