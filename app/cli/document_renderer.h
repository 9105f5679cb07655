#pragma once

#include "article_source.h"
#include "cli_options.h"
#include "correction_source.h"
#include "whosaid/analyzer.h"
#include "whosaid/html_writer.h"
#include "whosaid/json_writer.h"
#include "whosaid/loader.h"
#include "whosaid/result.h"

#include <istream>
#include <string>
#include <vector>

namespace whosaid::cli {

// The output of one input and what the user should know about it.
struct RenderedArticle {
    std::string text;
    std::vector<std::string> warnings; // one line each, without the program name
};

// Turns one input into its output text (JSON document, JSON line or HTML page). Owns an
// Analyzer, so it is thread-compatible: a parallel run gives each thread its own renderer.
class DocumentRenderer {
public:
    // corrections and standard_input must outlive the renderer.
    DocumentRenderer(const CliOptions& options, const CorrectionSource& corrections,
                     std::istream& standard_input);

    // Analyses the task's file (standard input for "-", read up to the size limit of files)
    // or its inline article, applies its corrections and renders it, without a trailing
    // newline. The document of a --lines task names its input and line in "source". Errors
    // name the input. Warnings: bytes the decoder replaced, stale corrections.
    Result<RenderedArticle> render(const ArticleTask& task) const;

    // The largest article (and --lines line) accepted, in bytes: the loader's file limit.
    size_t max_bytes() const { return static_cast<size_t>(analysis_.load.max_bytes); }

private:
    Result<LoadedText> load(const ArticleTask& task) const;
    Result<std::string> read_standard_input() const;

    const CorrectionSource& corrections_;
    std::istream& standard_input_;
    OutputFormat format_;
    Analyzer analyzer_;
    AnalysisOptions analysis_;
    JsonOptions json_;
    HtmlOptions html_;
};

// The JSON line that stands for a --lines task that failed, so that every input line has
// its output line: {"format":"whosaid-error","version":1,"source":{"path":...,"line":N},
// "error":"..."} (no "line" for an input that could not be opened).
std::string error_line(const ArticleTask& task, std::string message);

} // namespace whosaid::cli
