#pragma once

#include "cli_options.h"
#include "whosaid/analyzer.h"
#include "whosaid/html_writer.h"
#include "whosaid/json_writer.h"
#include "whosaid/result.h"

#include <string>

namespace whosaid::cli {

// Turns one input into its output text (JSON document, JSON line or HTML page). Owns an
// Analyzer, so it is thread-compatible: a parallel run gives each thread its own renderer.
class DocumentRenderer {
public:
    explicit DocumentRenderer(const CliOptions& options);

    // Analyses the file (or standard input for "-") and renders it, without a trailing
    // newline. Errors are the loader's, with a message that names the input.
    Result<std::string> render(const std::string& input) const;

private:
    OutputFormat format_;
    Analyzer analyzer_;
    AnalysisOptions analysis_;
    JsonOptions json_;
    HtmlOptions html_;
};

} // namespace whosaid::cli
