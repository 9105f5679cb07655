// Writes the HTML export of every sample document to DIR/NAME.html, with DIR/NAME.json
// holding what the checks expect (element counts, language), for check_html5.py and
// check_chromium.py. Stands in for `whosaid-cli --format html` so these checks do not
// depend on the CLI or the recognizer.
#include "sample_documents.h"
#include "whosaid/certainty.h"
#include "whosaid/html_writer.h"

#include <filesystem>
#include <fstream>
#include <iostream>

namespace {

bool write_file(const std::filesystem::path& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
    return static_cast<bool>(out);
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: whosaid_html_fixture OUTPUT_DIR\n";
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error) {
        std::cerr << "cannot create " << dir << ": " << error.message() << "\n";
        return 1;
    }
    for (const whosaid::samples::Sample& sample : whosaid::samples::all_samples()) {
        const std::string html =
            whosaid::write_html(sample.doc, {"whosaid test fixture", "2026-03-12", "", ""});
        size_t to_check = 0;
        for (const whosaid::Quote& quote : sample.doc.quotes)
            to_check += whosaid::needs_check(whosaid::certainty_of(quote)) ? 1 : 0;
        const std::string expect =
            std::string("{\"mentions\": ") + std::to_string(sample.mentions) +
            ", \"quotes\": " + std::to_string(sample.quotes) +
            ", \"to_check\": " + std::to_string(to_check) +
            ", \"hostile\": " + (std::string(sample.name) == "hostile_article" ? "true" : "false") +
            "}\n";
        if (!write_file(dir / (std::string(sample.name) + ".html"), html) ||
            !write_file(dir / (std::string(sample.name) + ".json"), expect)) {
            std::cerr << "cannot write " << sample.name << " in " << dir << "\n";
            return 1;
        }
    }
    return 0;
}
