// whosaid-bench: prints `key: value` lines measuring the full analysis pipeline.
// Usage: whosaid-bench [--quick] [--analysis-only] [--corpus DIR]
//   --quick: small sizes, for a smoke run; --analysis-only: no CLI or window figures;
//   --corpus DIR: also the analysis rate over the real articles of DIR.
#include "article_generator.h"
#include "corpus_bench.h"
#include "whosaid/analyzer.h"
#include "whosaid/unicode_text.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#ifdef WHOSAID_BENCH_GUI
#include "gui_bench.h"
#endif

#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

size_t count_words(const std::string& text) {
    size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (!space && !in_word)
            ++words;
        in_word = !space;
    }
    return words;
}

// Seconds to analyse one document of `bytes` bytes (decoding included, loading excluded).
double time_one_document(const whosaid::Analyzer& analyzer, const std::string& text) {
    const auto start = Clock::now();
    whosaid::Document doc = analyzer.analyze_text(whosaid::to_utf16(text), {}, "auto");
    const double elapsed = seconds_since(start);
    if (doc.paragraphs.empty())
        std::fprintf(stderr, "whosaid-bench: empty analysis\n");
    return elapsed;
}

double percentile(std::vector<double> values, double fraction) {
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(fraction * static_cast<double>(values.size() - 1));
    return values[index];
}

// Wall seconds of whosaid-cli -j jobs over every file, output discarded.
double time_cli(const std::filesystem::path& cli, const std::vector<std::string>& files,
                unsigned jobs) {
    std::string command = cli.string() + " -j " + std::to_string(jobs);
    for (const std::string& file : files)
        command += " " + file;
    command += " > /dev/null";
    const auto start = Clock::now();
    if (std::system(command.c_str()) != 0)
        std::fprintf(stderr, "whosaid-bench: whosaid-cli failed\n");
    return seconds_since(start);
}

// Writes count articles of about 5 KB into a fresh temporary folder; returns their paths.
std::vector<std::string> write_articles(ArticleGenerator& generator, size_t count,
                                        const std::filesystem::path& folder) {
    std::filesystem::create_directories(folder);
    std::vector<std::string> paths;
    for (size_t i = 0; i < count; ++i) {
        paths.push_back((folder / ("article-" + std::to_string(i) + ".txt")).string());
        std::ofstream(paths.back()) << generator.article(5000);
    }
    return paths;
}

} // namespace

int main(int argc, char** argv) {
    bool quick = false;
    bool analysis_only = false;
    std::string corpus;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0) {
            quick = true;
        } else if (std::strcmp(argv[i], "--analysis-only") == 0) {
            analysis_only = true;
        } else if (std::strcmp(argv[i], "--corpus") == 0 && i + 1 < argc) {
            corpus = argv[++i];
        } else {
            std::fprintf(stderr,
                         "usage: whosaid-bench [--quick] [--analysis-only] [--corpus DIR]\n");
            return 2;
        }
    }
    const size_t corpus_bytes = quick ? 1u << 20 : 10u << 20;
    const size_t latency_runs = quick ? 100 : 1000;
    const size_t big_bytes = quick ? 5u << 20 : 50u << 20;

    const whosaid::Analyzer analyzer;
    ArticleGenerator generator(42);

    // Throughput over many articles of about 5 KB.
    std::vector<std::string> articles;
    size_t total = 0;
    size_t words = 0;
    while (total < corpus_bytes) {
        articles.push_back(generator.article(5000));
        total += articles.back().size();
        words += count_words(articles.back());
    }
    double busy = 0;
    for (const std::string& article : articles)
        busy += time_one_document(analyzer, article);
    std::printf("corpus_mb: %.1f\n", static_cast<double>(total) / 1e6);
    std::printf("analysis_mb_per_s: %.1f\n", static_cast<double>(total) / 1e6 / busy);
    std::printf("analysis_words_per_s: %.0f\n", static_cast<double>(words) / busy);

    // Latency of one 5 KB article.
    std::vector<double> latencies;
    for (size_t i = 0; i < latency_runs; ++i)
        latencies.push_back(time_one_document(analyzer, articles[i % articles.size()]) * 1e6);
    std::printf("latency_5kb_us_median: %.0f\n", percentile(latencies, 0.5));
    std::printf("latency_5kb_us_p99: %.0f\n", percentile(latencies, 0.99));

    // Linearity: time per MB on one big document against one of 1 MB, both French so that
    // only the size differs (an English article is analysed at another speed).
    const std::string one_mb = generator.article(1u << 20, true);
    const std::string big = generator.article(big_bytes, true);
    const double small_per_mb =
        time_one_document(analyzer, one_mb) / (static_cast<double>(one_mb.size()) / 1e6);
    const double big_per_mb =
        time_one_document(analyzer, big) / (static_cast<double>(big.size()) / 1e6);
    std::printf("linearity_big_mb: %.0f\n", static_cast<double>(big.size()) / 1e6);
    std::printf("linearity_ratio: %.2f\n", big_per_mb / small_per_mb);

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak_rss_mb: %.0f\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    std::printf("peak_rss_input_mb: %.0f\n", static_cast<double>(big.size()) / 1e6);

    if (!corpus.empty()) {
        const CorpusFigures real = measure_corpus(analyzer, corpus, quick ? 1.0 : 10.0);
        std::printf("real_corpus_files: %zu\n", real.files);
        std::printf("real_corpus_mb: %.2f\n", real.megabytes);
        std::printf("real_corpus_failures: %zu\n", real.failures);
        std::printf("real_corpus_json_mb: %.2f\n", real.json_megabytes);
        if (real.seconds > 0)
            std::printf("real_analysis_mb_per_s: %.1f\n", real.megabytes / real.seconds);
    }
    if (analysis_only)
        return 0;

    // Batch: whosaid-cli over many files with every core against one.
    const std::filesystem::path folder =
        std::filesystem::temp_directory_path() / ("whosaid-bench-" + std::to_string(getpid()));
    const std::filesystem::path cli =
        std::filesystem::read_symlink("/proc/self/exe").parent_path() / "whosaid-cli";
    const std::vector<std::string> files = write_articles(generator, quick ? 200 : 1000, folder);
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const double one = time_cli(cli, files, 1);
    const double all = time_cli(cli, files, cores);
    std::printf("cli_files: %zu\n", files.size());
    std::printf("cli_jobs: %u\n", cores);
    std::printf("cli_jobs_speedup: %.2f\n", one / all);

#ifdef WHOSAID_BENCH_GUI
    const std::filesystem::path big_article = folder / "two-megabytes.txt";
    std::ofstream(big_article) << generator.article(2u << 20);
    const GuiFigures gui = measure_gui(big_article.string());
    std::printf("gui_open_2mb_ms: %.0f\n", gui.open_ms);
    std::printf("gui_select_actor_ms: %.1f\n", gui.select_actor_ms);
    std::printf("gui_selected_actor_mentions: %d\n", gui.selected_mentions);
#endif
    std::filesystem::remove_all(folder);
    return 0;
}
