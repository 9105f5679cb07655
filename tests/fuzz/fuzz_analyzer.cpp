// libFuzzer target over the loader and the whole analysis, plus both writers, and over the
// PDF layout. Built by the `asan` preset (clang); run: build-asan/bin/whosaid-fuzz
// tests/fuzz/seeds
#include "fuzz_pdf_words.h"
#include "whosaid/analyzer.h"
#include "whosaid/html_writer.h"
#include "whosaid/json_writer.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

// The layout's contract: paragraphs without line breaks, each on a page that was added.
void fuzz_pdf_layout(std::string_view bytes, const whosaid::Analyzer& analyzer) {
    whosaid::text::PdfLayout layout;
    for (const auto& words : whosaid::fuzz::pdf_pages_from_bytes(bytes))
        layout.add_page(words);
    std::string text;
    for (const whosaid::text::PdfParagraph& paragraph : layout.paragraphs()) {
        if (paragraph.page < 1 || paragraph.page > layout.page_count() ||
            paragraph.text.find_first_of(u"\n\r\u2028") != std::u16string::npos)
            __builtin_trap();
        for (char16_t c : paragraph.text)
            text += c < 0x80 ? static_cast<char>(c) : '?';
        text += "\n\n";
    }
    (void)analyzer.analyze_bytes(text, "input.txt", {});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // One analyzer for the whole run: construction parses the lexicons.
    static const whosaid::Analyzer analyzer;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    // Real PDFs go to poppler, a library fuzzed by its own project; an input that starts with
    // the PDF header feeds the words after it straight to our layout code instead.
    if (bytes.substr(0, 5) == "%PDF-") {
        fuzz_pdf_layout(bytes.substr(5), analyzer);
        return 0;
    }
    if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos)
        return 0;
    // The first byte picks the format hint, so HTML, Markdown and e-mail paths (and the zip
    // container of .docx files) are explored too.
    static const char* const names[] = {"input.txt", "input.html", "input.md", "input.eml",
                                        "input.docx"};
    const char* name = names[size > 0 ? data[0] % 5 : 0];
    whosaid::Result<whosaid::Document> doc = analyzer.analyze_bytes(bytes, name, {});
    if (doc.ok()) {
        (void)whosaid::write_json(doc.value(), {});
        (void)whosaid::write_html(doc.value(), {});
    }
    return 0;
}
