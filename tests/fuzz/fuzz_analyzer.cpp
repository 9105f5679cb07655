// libFuzzer target over the loader and the whole analysis, plus both writers.
// Built by the `asan` preset (clang); run: build-asan/bin/whosaid-fuzz tests/fuzz/seeds
#include "whosaid/analyzer.h"
#include "whosaid/html_writer.h"
#include "whosaid/json_writer.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // One analyzer for the whole run: construction parses the lexicons.
    static const whosaid::Analyzer analyzer;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    // PDFs go to poppler, a library fuzzed by its own project; this target fuzzes ours.
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
