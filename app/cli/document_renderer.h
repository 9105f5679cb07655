#pragma once

#include "cli_options.h"
#include "correction_source.h"
#include "whosaid/analyzer.h"
#include "whosaid/html_writer.h"
#include "whosaid/json_writer.h"
#include "whosaid/result.h"

#include <string>
#include <vector>

namespace whosaid::cli {

// The output of one input and what the user should know about its corrections.
struct RenderedArticle {
    std::string text;
    std::vector<std::string> warnings; // one line each, without the program name
};

// Turns one input into its output text (JSON document, JSON line or HTML page). Owns an
// Analyzer, so it is thread-compatible: a parallel run gives each thread its own renderer.
class DocumentRenderer {
public:
    // corrections must outlive the renderer.
    DocumentRenderer(const CliOptions& options, const CorrectionSource& corrections);

    // Analyses the file (or standard input for "-"), applies its corrections and renders it,
    // without a trailing newline. Errors are the loader's, with a message that names the input.
    Result<RenderedArticle> render(const std::string& input) const;
    // Analyses an article already in memory (a line of --lines input) and renders it.
    Result<RenderedArticle> render_text(const std::string& text, const std::string& name) const;

private:
    Result<RenderedArticle> rendered(Result<Document> analysed, const std::string& input,
                                     bool from_file) const;

    const CorrectionSource& corrections_;
    OutputFormat format_;
    Analyzer analyzer_;
    AnalysisOptions analysis_;
    JsonOptions json_;
    HtmlOptions html_;
};

} // namespace whosaid::cli
