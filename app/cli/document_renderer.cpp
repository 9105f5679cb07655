#include "document_renderer.h"

#include "whosaid/version.h"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <sstream>

namespace whosaid::cli {

namespace {

// Today in UTC as YYYY-MM-DD, the export date printed in HTML pages.
std::string today() {
    const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day date{days};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

// Loader messages usually start with the path already; the CLI's messages always do.
Error naming_input(Error error, const std::string& input) {
    if (error.message.rfind(input, 0) != 0)
        error.message = input + ": " + error.message;
    return error;
}

} // namespace

DocumentRenderer::DocumentRenderer(const CliOptions& options, const CorrectionSource& corrections)
    : corrections_(corrections), format_(options.format) {
    analysis_.language = options.language;
    analysis_.load.encoding = options.encoding;
    const std::string generator = std::string("whosaid ") + whosaid::version();
    json_.generator = generator;
    // JSON Lines needs one line per document, whatever --pretty says.
    json_.pretty = options.pretty && format_ == OutputFormat::Json;
    html_.generator = generator;
    html_.date = today();
}

Result<RenderedArticle> DocumentRenderer::render(const std::string& input) const {
    Result<Document> analysed = [&]() -> Result<Document> {
        if (input != "-")
            return analyzer_.analyze_file(input, analysis_);
        std::ostringstream bytes;
        bytes << std::cin.rdbuf();
        return analyzer_.analyze_bytes(bytes.str(), "stdin", analysis_);
    }();
    return rendered(std::move(analysed), input, true);
}

Result<RenderedArticle> DocumentRenderer::render_text(const std::string& text,
                                                      const std::string& name) const {
    return rendered(analyzer_.analyze_bytes(text, name, analysis_), name, false);
}

Result<RenderedArticle> DocumentRenderer::rendered(Result<Document> analysed,
                                                   const std::string& input, bool from_file) const {
    if (!analysed)
        return naming_input(analysed.error(), input);
    Document& doc = analysed.value();
    RenderedArticle article;
    article.warnings = corrections_.apply(doc, input, from_file);
    article.text = format_ == OutputFormat::Html ? write_html(doc, html_) : write_json(doc, json_);
    return article;
}

} // namespace whosaid::cli
