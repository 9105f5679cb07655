#include "text/office_text_extractor.h"

#include "text/xml_scanner.h"
#include "text/zip_archive.h"
#include "whosaid/unicode_text.h"

#include <algorithm>
#include <array>

namespace whosaid::text {

namespace {

// The tags that make one format's text.
struct Dialect {
    const char* format;
    const char* part;                        // the zip entry holding the body
    std::array<std::string_view, 2> blocks;  // paragraph and heading tags
    std::string_view text;                   // character data counts only inside it, if set
    std::array<std::string_view, 3> spaces;  // empty tags that stand for a space
    std::string_view repeated_space;         // an empty tag whose count attribute is a number
    std::array<std::string_view, 6> skipped; // everything inside is left out
};

constexpr Dialect kDocx{"docx",
                        "word/document.xml",
                        {"w:p", "w:p"},
                        "w:t",
                        {"w:tab", "w:br", "w:cr"},
                        {},
                        {"w:del", "w:delText", "w:instrText", "w:footnoteReference",
                         "w:endnoteReference", "mc:Fallback"}};

constexpr Dialect kOdt{"odt",
                       "content.xml",
                       {"text:p", "text:h"},
                       {},
                       {"text:tab", "text:line-break", "text:soft-page-break"},
                       "text:s",
                       {"text:note", "text:tracked-changes", "office:annotation",
                        "text:bookmark-ref", "office:forms", "draw:frame"}};

template <size_t N> bool among(const std::array<std::string_view, N>& names, std::string_view n) {
    return !n.empty() && std::find(names.begin(), names.end(), n) != names.end();
}

std::string paragraphs_of(std::string_view xml, const Dialect& dialect) {
    XmlScanner scanner(xml);
    std::string out;
    std::string paragraph;
    int skipping = 0; // depth inside skipped elements
    int in_text = 0;  // depth inside the dialect's text element
    int in_block = 0; // depth inside paragraphs (text boxes nest them)
    auto flush = [&] {
        const size_t first = paragraph.find_first_not_of(" \t");
        if (first != std::string::npos) {
            if (!out.empty())
                out += "\n\n";
            out.append(paragraph, first, paragraph.find_last_not_of(" \t") - first + 1);
        }
        paragraph.clear();
    };
    for (XmlEvent e = scanner.next(); e.kind != XmlEvent::Kind::Done; e = scanner.next()) {
        using Kind = XmlEvent::Kind;
        if (among(dialect.skipped, e.name)) {
            skipping += e.kind == Kind::Start ? 1 : e.kind == Kind::End ? -1 : 0;
            skipping = std::max(skipping, 0);
            continue;
        }
        if (skipping > 0)
            continue;
        if (among(dialect.blocks, e.name)) {
            if (e.kind == Kind::Start) {
                if (in_block++ > 0)
                    flush(); // a paragraph inside a text box ends the one around it
            } else if (e.kind == Kind::End) {
                flush();
                in_block = std::max(in_block - 1, 0);
            }
            continue;
        }
        if (!dialect.text.empty() && e.name == dialect.text) {
            in_text += e.kind == Kind::Start ? 1 : e.kind == Kind::End ? -1 : 0;
            in_text = std::max(in_text, 0);
            continue;
        }
        if (e.kind == Kind::Empty && among(dialect.spaces, e.name)) {
            paragraph += ' ';
        } else if (e.kind == Kind::Empty && e.name == dialect.repeated_space) {
            const std::string count = XmlScanner::attribute(e.attributes, "text:c");
            const long n = count.empty() ? 1 : std::clamp(std::atol(count.c_str()), 1L, 8L);
            paragraph.append(static_cast<size_t>(n), ' ');
        } else if (e.kind == Kind::Text && in_block > 0 && (dialect.text.empty() || in_text > 0)) {
            for (char c : e.text)
                paragraph += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
        }
    }
    flush();
    return out;
}

} // namespace

bool OfficeTextExtractor::looks_like_zip(std::string_view bytes) {
    return bytes.starts_with(std::string_view("PK\x03\x04", 4));
}

Result<ExtractedArticle> OfficeTextExtractor::extract(std::string_view bytes,
                                                      std::uint64_t max_bytes) const {
    Result<ZipArchive> archive = ZipArchive::open(bytes);
    if (!archive)
        return archive.error();
    for (const Dialect* dialect : {&kDocx, &kOdt}) {
        if (!archive.value().contains(dialect->part))
            continue;
        Result<std::string> xml = archive.value().read(dialect->part, max_bytes);
        if (!xml)
            return xml.error();
        ExtractedArticle article;
        article.format = dialect->format;
        article.text = to_utf16(paragraphs_of(xml.value(), *dialect));
        return article;
    }
    return Error{ErrorCode::BinaryContent,
                 "this zip archive is not a Word (.docx) or OpenDocument (.odt) text document"};
}

} // namespace whosaid::text
