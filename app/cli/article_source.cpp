#include "article_source.h"

#include "json_string_line.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace whosaid::cli {

namespace {

enum class LineRead { Line, TooLong, End };

// Reads up to the next '\n' (dropped) into line without ever holding more than max bytes of
// it, so that an endless line (/dev/zero) costs bounded memory.
LineRead read_line(std::istream& in, std::string& line, size_t max) {
    line.clear();
    char chunk[1 << 16];
    bool any = false;
    while (true) {
        in.get(chunk, sizeof chunk, '\n');
        const auto count = static_cast<size_t>(in.gcount());
        if (count > 0) {
            any = true;
            if (line.size() + count > max)
                return LineRead::TooLong;
            line.append(chunk, count);
        }
        if (in.bad())
            return any ? LineRead::Line : LineRead::End;
        in.clear(in.rdstate() & ~std::ios::failbit); // get() fails on an empty line
        const int next = in.peek();
        if (next == '\n') {
            in.ignore();
            return LineRead::Line;
        }
        if (next == std::char_traits<char>::eof())
            return any ? LineRead::Line : LineRead::End;
    }
}

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

} // namespace

ArticleSource::ArticleSource(const CliOptions& options, std::istream& in, size_t max_line_bytes)
    : options_(options), standard_input_(in), max_line_bytes_(max_line_bytes) {}

// Opens the next input; false when there is none. An input that cannot be read fills task
// with its error and leaves lines_ unset.
bool ArticleSource::open_next_input(ArticleTask& task) {
    if (next_file_ >= options_.files.size())
        return false;
    lines_name_ = options_.files[next_file_++];
    line_number_ = 0;
    task = {lines_name_, lines_name_, 0, true, {}, std::nullopt};
    if (lines_name_ == "-") {
        lines_ = &standard_input_;
        return true;
    }
    std::error_code ignored;
    if (std::filesystem::is_directory(lines_name_, ignored)) {
        task.error = "is a directory, not a file";
        return true;
    }
    file_ = std::ifstream(lines_name_, std::ios::binary);
    if (!file_) {
        task.error = std::string("cannot open the file (") + std::strerror(errno) + ")";
        return true;
    }
    lines_ = &file_;
    return true;
}

bool ArticleSource::next_line_task(ArticleTask& task) {
    while (!lines_) {
        if (!open_next_input(task))
            return false;
        if (task.error)
            return true;
    }
    std::string line;
    const LineRead read = read_line(*lines_, line, max_line_bytes_);
    if (read == LineRead::End) {
        lines_ = nullptr;
        file_.close();
        return next_line_task(task);
    }
    ++line_number_;
    task = {lines_name_ + ":" + std::to_string(line_number_),
            lines_name_,
            line_number_,
            true,
            {},
            std::nullopt};
    if (read == LineRead::TooLong) {
        task.error = "the line is longer than " + std::to_string(max_line_bytes_) +
                     " bytes; the rest of " + lines_name_ + " is not read";
        lines_ = nullptr;
        file_.close();
        return true;
    }
    if (line_number_ == 1 && line.starts_with(kByteOrderMark))
        line.erase(0, kByteOrderMark.size());
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
        task.error = "blank line, no article";
        return true;
    }
    Result<std::string> decoded = decode_json_string_line(line);
    if (decoded)
        task.text = std::move(decoded.value());
    else
        task.error = decoded.error().message;
    return true;
}

bool ArticleSource::next_batch(size_t max, std::vector<ArticleTask>& batch) {
    batch.clear();
    while (batch.size() < max) {
        if (options_.lines) {
            ArticleTask task;
            if (!next_line_task(task))
                break;
            batch.push_back(std::move(task));
        } else {
            if (next_file_ >= options_.files.size())
                break;
            const std::string& file = options_.files[next_file_++];
            batch.push_back({file, file, 0, false, {}, std::nullopt});
        }
    }
    return !batch.empty();
}

} // namespace whosaid::cli
