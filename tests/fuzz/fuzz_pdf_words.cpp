#include "fuzz_pdf_words.h"

#include <cstdint>
#include <limits>

namespace whosaid::fuzz {

namespace {

constexpr unsigned char kNewPage = 0xFF;

// Ordinary coordinates span an A4 page in points; extreme ones what damaged files give.
double coordinate(unsigned char byte, bool extreme) {
    if (!extreme)
        return byte * 3.3;
    switch (byte % 6) {
    case 0:
        return -byte * 100.0;
    case 1:
        return 1e300;
    case 2:
        return std::numeric_limits<double>::infinity();
    case 3:
        return -std::numeric_limits<double>::infinity();
    case 4:
        return std::numeric_limits<double>::quiet_NaN();
    default:
        return byte * 1e6;
    }
}

char16_t text_unit(unsigned char byte) {
    if (byte == 0x01)
        return u'\n';
    if (byte == 0x02)
        return u'\u2028';
    return static_cast<char16_t>(byte);
}

} // namespace

std::vector<std::vector<text::PdfWord>> pdf_pages_from_bytes(std::string_view bytes) {
    std::vector<std::vector<text::PdfWord>> pages(1);
    size_t at = 0;
    while (at < bytes.size()) {
        const auto tag = static_cast<unsigned char>(bytes[at++]);
        if (tag == kNewPage) {
            pages.emplace_back();
            continue;
        }
        if (bytes.size() - at < 4)
            break;
        const bool extreme = (tag & 0x80) != 0;
        text::PdfWord word;
        word.left = coordinate(static_cast<unsigned char>(bytes[at]), extreme);
        word.top = coordinate(static_cast<unsigned char>(bytes[at + 1]), extreme);
        word.right = word.left + coordinate(static_cast<unsigned char>(bytes[at + 2]), extreme);
        word.bottom = word.top + coordinate(static_cast<unsigned char>(bytes[at + 3]), extreme);
        word.space_after = (tag & 0x10) != 0;
        at += 4;
        const size_t length = std::min<size_t>(tag & 0x0F, bytes.size() - at);
        for (size_t i = 0; i < length; ++i)
            word.text += text_unit(static_cast<unsigned char>(bytes[at + i]));
        at += length;
        pages.back().push_back(std::move(word));
    }
    return pages;
}

} // namespace whosaid::fuzz
