#include "document_renderer.h"

#include "json_string_line.h"
#include "whosaid/version.h"

#include <chrono>
#include <cstdio>

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

// The "source" object of a JSON document with the line number added after its opening
// brace: the compact writer puts `"source":{` before any text of the article, so the first
// occurrence is that object.
std::string with_source_line(std::string json, size_t line) {
    static constexpr std::string_view opening = "\"source\":{";
    const size_t at = json.find(opening);
    if (at != std::string::npos)
        json.insert(at + opening.size(), "\"line\":" + std::to_string(line) + ",");
    return json;
}

} // namespace

DocumentRenderer::DocumentRenderer(const CliOptions& options, const CorrectionSource& corrections,
                                   std::istream& standard_input)
    : corrections_(corrections), standard_input_(standard_input), format_(options.format) {
    analysis_.language = options.language;
    analysis_.load.encoding = options.encoding;
    if (options.language != "auto")
        analysis_.load.language_hint = options.language;
    const std::string generator = std::string("whosaid ") + whosaid::version();
    json_.generator = generator;
    // JSON Lines needs one line per document, whatever --pretty says.
    json_.pretty = options.pretty && format_ == OutputFormat::Json;
    html_.generator = generator;
    html_.date = today();
}

Result<std::string> DocumentRenderer::read_standard_input() const {
    std::string bytes;
    char chunk[1 << 16];
    while (standard_input_.read(chunk, sizeof chunk) || standard_input_.gcount() > 0) {
        bytes.append(chunk, static_cast<size_t>(standard_input_.gcount()));
        // Refused as soon as it passes the limit: an endless stream is never read whole.
        if (bytes.size() > max_bytes())
            return Error{ErrorCode::TooLarge, "-: too large (more than " +
                                                  std::to_string(max_bytes()) +
                                                  " bytes, the limit)"};
    }
    if (standard_input_.bad())
        return Error{ErrorCode::Unreadable, "-: cannot read standard input"};
    return bytes;
}

Result<LoadedText> DocumentRenderer::load(const ArticleTask& task) const {
    const Loader loader;
    if (task.inline_text)
        return loader.load_bytes(task.text, task.name, analysis_.load);
    if (task.input != "-")
        return loader.load_file(task.input, analysis_.load);
    Result<std::string> bytes = read_standard_input();
    if (!bytes)
        return bytes.error();
    return loader.load_bytes(bytes.value(), "stdin", analysis_.load);
}

Result<RenderedArticle> DocumentRenderer::render(const ArticleTask& task) const {
    if (task.error)
        return Error{ErrorCode::InvalidArgument, task.name + ": " + *task.error};
    Result<LoadedText> loaded = load(task);
    if (!loaded)
        return naming_input(loaded.error(), task.name);
    RenderedArticle article;
    for (LoadWarning& warning : loaded.value().warnings)
        article.warnings.push_back(std::move(warning.message));
    SourceInfo source = std::move(loaded.value().source);
    if (task.inline_text)
        source.path = task.input;
    Document doc = analyzer_.analyze_text(std::move(loaded.value().text), std::move(source),
                                          analysis_.language);
    for (std::string& warning : corrections_.apply(doc, task.name, !task.inline_text))
        article.warnings.push_back(std::move(warning));
    article.text = format_ == OutputFormat::Html ? write_html(doc, html_) : write_json(doc, json_);
    if (task.line > 0)
        article.text = with_source_line(std::move(article.text), task.line);
    return article;
}

std::string error_line(const ArticleTask& task, std::string message) {
    // The source object names the input already.
    if (message.starts_with(task.name + ": "))
        message.erase(0, task.name.size() + 2);
    std::string line = "{\"format\":\"whosaid-error\",\"version\":1,\"source\":{\"path\":" +
                       json_quoted(task.input);
    if (task.line > 0)
        line += ",\"line\":" + std::to_string(task.line);
    return line + "},\"error\":" + json_quoted(message) + "}";
}

} // namespace whosaid::cli
