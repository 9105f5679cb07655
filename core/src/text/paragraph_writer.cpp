#include "text/paragraph_writer.h"

#include <algorithm>
#include <utility>

namespace whosaid::text {

namespace {

bool is_html_whitespace(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f';
}

} // namespace

ParagraphWriter::ParagraphWriter(std::size_t expected_size) {
    out_.reserve(expected_size);
}

void ParagraphWriter::text(char32_t c) {
    if (is_html_whitespace(c)) {
        pending_ = std::max(pending_, Pending::Space);
        return;
    }
    flush_pending();
    append(c);
}

void ParagraphWriter::word(std::u16string_view characters) {
    if (characters.empty())
        return;
    flush_pending();
    out_.append(characters);
}

void ParagraphWriter::preformatted(char32_t c) {
    flush_pending();
    append(c);
}

void ParagraphWriter::line_break() {
    pending_ = pending_ == Pending::Line ? Pending::Paragraph : std::max(pending_, Pending::Line);
}

void ParagraphWriter::paragraph_break() {
    pending_ = Pending::Paragraph;
}

void ParagraphWriter::truncate(std::size_t length) {
    if (length < out_.size())
        out_.resize(length);
    pending_ = Pending::None;
}

std::u16string ParagraphWriter::take() {
    pending_ = Pending::None;
    return std::exchange(out_, std::u16string());
}

void ParagraphWriter::flush_pending() {
    // Nothing written yet: leading whitespace and breaks are dropped.
    if (!out_.empty()) {
        switch (pending_) {
        case Pending::None:
            break;
        case Pending::Space:
            if (out_.back() != u'\n')
                out_.push_back(u' ');
            break;
        case Pending::Line:
            out_.push_back(u'\n');
            break;
        case Pending::Paragraph:
            out_.append(u"\n\n");
            break;
        }
    }
    pending_ = Pending::None;
}

void ParagraphWriter::append(char32_t c) {
    if (c <= 0xFFFF) {
        out_.push_back(static_cast<char16_t>(c));
    } else {
        out_.push_back(static_cast<char16_t>(0xD7C0 + (c >> 10)));
        out_.push_back(static_cast<char16_t>(0xDC00 + (c & 0x3FF)));
    }
}

} // namespace whosaid::text
