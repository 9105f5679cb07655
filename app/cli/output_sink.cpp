#include "output_sink.h"

#include "whosaid/atomic_write.h"

#include <filesystem>
#include <set>

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

// One NAME.html per input, named after the input's file name without its extension.
class DirectorySink final : public OutputSink {
public:
    explicit DirectorySink(fs::path directory) : directory_(std::move(directory)) {}

    std::optional<std::string> accept(const std::string& input,
                                      const std::string& rendered) override {
        const std::string stem = input == "-" ? "stdin" : fs::path(input).stem().string();
        const fs::path target = directory_ / (stem + ".html");
        // Two inputs with the same name from different folders would overwrite each other.
        if (!used_.insert(stem).second)
            return target.string() + ": already written for another input";
        std::string document;
        append_document(document, rendered);
        if (std::optional<std::string> reason = write_file_atomically(target.string(), document))
            return target.string() + ": " + *reason;
        return std::nullopt;
    }

    std::optional<std::string> finish() override { return std::nullopt; }

private:
    fs::path directory_;
    std::set<std::string> used_;
};

} // namespace

Result<std::unique_ptr<OutputSink>> make_output_sink(const CliOptions& options, std::ostream& out) {
    if (options.output_path.empty())
        return std::unique_ptr<OutputSink>(std::make_unique<StreamSink>(out));
    std::error_code error;
    const bool is_directory = fs::is_directory(options.output_path, error);
    const bool per_input =
        options.format == OutputFormat::Html && (options.files.size() > 1 || is_directory);
    if (!per_input)
        return std::unique_ptr<OutputSink>(std::make_unique<FileSink>(options.output_path));
    fs::create_directories(options.output_path, error);
    if (error)
        return Error{ErrorCode::Unreadable,
                     options.output_path + ": cannot create the directory: " + error.message()};
    return std::unique_ptr<OutputSink>(std::make_unique<DirectorySink>(options.output_path));
}

} // namespace whosaid::cli
