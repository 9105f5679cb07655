#include "output_sink.h"

#include "output_guard.h"
#include "whosaid/atomic_write.h"

#include <filesystem>
#include <map>

namespace whosaid::cli {

namespace fs = std::filesystem;

namespace {

// Each document ends with a newline, so several of them form JSON Lines.
void append_document(std::string& out, const std::string& rendered) {
    out += rendered;
    if (rendered.empty() || rendered.back() != '\n')
        out.push_back('\n');
}

class StreamSink final : public OutputSink {
public:
    explicit StreamSink(std::ostream& out) : out_(out) {}

    std::optional<std::string> accept(const std::string&, const std::string& rendered) override {
        std::string document;
        append_document(document, rendered);
        // Flushed per document so that a consumer of JSON Lines sees each one as it comes.
        out_.write(document.data(), static_cast<std::streamsize>(document.size()));
        out_.flush();
        if (!out_)
            return std::string("standard output: cannot write");
        return std::nullopt;
    }

    std::optional<std::string> finish() override {
        out_.flush();
        if (!out_)
            return std::string("standard output: cannot write");
        return std::nullopt;
    }

private:
    std::ostream& out_;
};

// Collects every document, then replaces the file in one step.
class FileSink final : public OutputSink {
public:
    explicit FileSink(std::string path) : path_(std::move(path)) {}

    std::optional<std::string> accept(const std::string&, const std::string& rendered) override {
        append_document(content_, rendered);
        any_ = true;
        return std::nullopt;
    }

    std::optional<std::string> finish() override {
        if (!any_)
            return std::nullopt;
        if (std::optional<std::string> reason = write_file_atomically(path_, content_))
            return path_ + ": " + *reason;
        return std::nullopt;
    }

private:
    std::string path_;
    std::string content_;
    bool any_ = false;
};

// One NAME.html per input, named after the input's file name without its extension. A page
// the guard refuses fails that input only.
class DirectorySink final : public OutputSink {
public:
    DirectorySink(fs::path directory, const CliOptions& options)
        : directory_(std::move(directory)), guard_(options) {}

    std::optional<std::string> accept(const std::string& input,
                                      const std::string& rendered) override {
        const std::string stem = input == "-" ? "stdin" : fs::path(input).stem().string();
        const fs::path target = directory_ / (stem + ".html");
        // Two inputs with one name (a.txt and a.md, or the same name in two folders) would
        // overwrite each other: the first keeps the page, the others fail.
        const auto [first, inserted] = written_for_.emplace(stem, input);
        if (!inserted)
            return target.string() + ": not written for " + input + ": this run wrote it for " +
                   first->second + " (rename one of the inputs)";
        if (std::optional<std::string> refused = guard_.refusal(target)) {
            written_for_.erase(first);
            return refused;
        }
        std::string document;
        append_document(document, rendered);
        if (std::optional<std::string> reason = write_file_atomically(target.string(), document))
            return target.string() + ": " + *reason;
        return std::nullopt;
    }

    std::optional<std::string> finish() override { return std::nullopt; }

private:
    fs::path directory_;
    OutputGuard guard_;
    std::map<std::string, std::string> written_for_; // page name → the input it belongs to
};

bool names_directory(const std::string& path) {
    return path.ends_with('/');
}

} // namespace

Result<std::unique_ptr<OutputSink>> make_output_sink(const CliOptions& options, std::ostream& out) {
    if (options.output_path.empty())
        return std::unique_ptr<OutputSink>(std::make_unique<StreamSink>(out));
    std::error_code error;
    const std::string& path = options.output_path;
    const bool is_directory = fs::is_directory(path, error) || names_directory(path);
    if (options.format != OutputFormat::Html && is_directory)
        return Error{ErrorCode::InvalidArgument,
                     path + ": is a directory; -o DIR takes --format html (one page per input), "
                            "JSON goes to one file"};
    const bool per_input =
        options.format == OutputFormat::Html && (options.files.size() > 1 || is_directory);
    if (!per_input) {
        if (std::optional<std::string> refused = OutputGuard(options).refusal(path))
            return Error{ErrorCode::InvalidArgument, *refused};
        return std::unique_ptr<OutputSink>(std::make_unique<FileSink>(path));
    }
    fs::create_directories(options.output_path, error);
    if (error)
        return Error{ErrorCode::Unreadable,
                     options.output_path + ": cannot create the directory: " + error.message()};
    return std::unique_ptr<OutputSink>(
        std::make_unique<DirectorySink>(options.output_path, options));
}

} // namespace whosaid::cli
