#include "corpus_bench.h"

#include "whosaid/json_writer.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>
#include <utility>
#include <vector>

namespace {

bool is_article(const std::filesystem::path& path) {
    const std::string ext = path.extension().string();
    return ext == ".txt" || ext == ".html" || ext == ".htm" || ext == ".md";
}

// (name, bytes) of every article of the folder, in name order so runs compare.
std::vector<std::pair<std::string, std::string>> read_articles(const std::string& folder) {
    std::vector<std::pair<std::string, std::string>> articles;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        if (!entry.is_regular_file() || !is_article(entry.path()))
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        articles.emplace_back(entry.path().filename().string(),
                              std::string(std::istreambuf_iterator<char>(in), {}));
    }
    std::sort(articles.begin(), articles.end());
    return articles;
}

} // namespace

CorpusFigures measure_corpus(const whosaid::Analyzer& analyzer, const std::string& folder,
                             double min_megabytes) {
    CorpusFigures figures;
    const auto articles = read_articles(folder);
    figures.files = articles.size();
    for (const auto& article : articles)
        figures.megabytes += static_cast<double>(article.second.size()) / 1e6;
    if (articles.empty())
        return figures;
    const whosaid::AnalysisOptions options;
    const whosaid::JsonOptions json;
    const size_t passes =
        std::max<size_t>(1, static_cast<size_t>(min_megabytes / figures.megabytes));
    size_t written = 0;
    const auto start = std::chrono::steady_clock::now();
    for (size_t pass = 0; pass < passes; ++pass) {
        for (const auto& [name, bytes] : articles) {
            whosaid::Result<whosaid::Document> doc = analyzer.analyze_bytes(bytes, name, options);
            if (!doc) {
                figures.failures += pass == 0;
                continue;
            }
            written += whosaid::write_json(doc.value(), json).size();
        }
    }
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    figures.seconds = elapsed / static_cast<double>(passes);
    figures.json_megabytes = static_cast<double>(written) / 1e6 / static_cast<double>(passes);
    return figures;
}
