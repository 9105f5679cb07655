#include "cli_runner.h"

#include "article_source.h"
#include "document_renderer.h"
#include "output_sink.h"
#include "terminal_text.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <iostream>
#include <memory>
#include <thread>
#include <unistd.h>
#include <vector>

namespace whosaid::cli {

namespace {

void report(std::ostream& err, const std::string& message) {
    err << "whosaid-cli: " << terminal_safe(message) << '\n';
}

unsigned job_count(const CliOptions& options) {
    if (options.jobs > 0)
        return options.jobs;
    return std::max(1u, std::thread::hardware_concurrency());
}

// Renders a batch with one renderer per thread; results keep the batch order. A thread
// builds its renderer (an Analyzer: lexicons parsed) on first use, so the threads build
// theirs in parallel and a short run never builds more than it uses.
std::vector<Result<RenderedArticle>>
render_batch(std::vector<std::unique_ptr<DocumentRenderer>>& renderers,
             const std::function<std::unique_ptr<DocumentRenderer>()>& make_renderer,
             const std::vector<ArticleTask>& batch) {
    std::vector<std::optional<Result<RenderedArticle>>> slots(batch.size());
    std::atomic<size_t> next{0};
    auto work = [&](std::unique_ptr<DocumentRenderer>& renderer) {
        for (size_t i = next++; i < batch.size(); i = next++) {
            if (!renderer)
                renderer = make_renderer();
            slots[i].emplace(renderer->render(batch[i]));
        }
    };
    const size_t helpers = std::min(renderers.size(), batch.size()) - 1;
    std::vector<std::thread> threads;
    for (size_t t = 0; t < helpers; ++t)
        threads.emplace_back(work, std::ref(renderers[t + 1]));
    work(renderers[0]);
    for (std::thread& thread : threads)
        thread.join();
    std::vector<Result<RenderedArticle>> results;
    results.reserve(slots.size());
    for (std::optional<Result<RenderedArticle>>& slot : slots)
        results.push_back(std::move(*slot));
    return results;
}

} // namespace

ExitCode run(const CliOptions& options, std::ostream& out, std::ostream& err) {
    Result<std::unique_ptr<OutputSink>> sink = make_output_sink(options, out);
    if (!sink) {
        report(err, sink.error().message);
        return exit_input_failed;
    }
    ExitCode status = exit_success;
    const CorrectionSource corrections(options);
    for (const std::string& problem : corrections.load_problems()) {
        report(err, problem);
        status = exit_input_failed;
    }
    const unsigned jobs = job_count(options);
    std::vector<std::unique_ptr<DocumentRenderer>> renderers(jobs);
    const auto make_renderer = [&options, &corrections] {
        return std::make_unique<DocumentRenderer>(options, corrections, std::cin);
    };

    const bool show_progress = isatty(STDERR_FILENO) && (options.lines || options.files.size() > 1);
    ArticleSource source(options, std::cin, static_cast<size_t>(LoadOptions{}.max_bytes));
    std::vector<ArticleTask> batch;
    size_t done = 0;
    // Batches of a few inputs per job keep every core busy while memory stays bounded.
    while (source.next_batch(size_t{jobs} * 8, batch)) {
        std::vector<Result<RenderedArticle>> results =
            render_batch(renderers, make_renderer, batch);
        for (size_t i = 0; i < batch.size(); ++i) {
            std::optional<std::string> problem;
            if (!results[i]) {
                problem = results[i].error().message;
                // --lines keeps one output line per input line: a failed one gets an error
                // object in its place.
                if (options.lines)
                    if (std::optional<std::string> lost =
                            sink.value()->accept(batch[i].name, error_line(batch[i], *problem)))
                        report(err, *lost);
            } else {
                const RenderedArticle& article = results[i].value();
                if (show_progress && !article.warnings.empty())
                    err << "\r\033[K";
                for (const std::string& warning : article.warnings)
                    report(err, "warning: " + warning);
                problem = sink.value()->accept(batch[i].name, article.text);
            }
            if (problem) {
                if (show_progress)
                    err << "\r\033[K";
                report(err, *problem);
                status = exit_input_failed;
            }
        }
        done += batch.size();
        if (show_progress) {
            err << "\r\033[Kwhosaid-cli: " << done;
            if (!options.lines)
                err << '/' << options.files.size();
            err << " analysed" << std::flush;
        }
    }
    if (show_progress)
        err << "\r\033[K" << std::flush;
    if (std::optional<std::string> problem = sink.value()->finish()) {
        report(err, *problem);
        status = exit_input_failed;
    }
    return status;
}

} // namespace whosaid::cli
