#include "article_source.h"

#include "json_string_line.h"

namespace whosaid::cli {

ArticleSource::ArticleSource(const CliOptions& options, std::istream& in)
    : options_(options), standard_input_(in) {}

bool ArticleSource::next_line_task(ArticleTask& task) {
    std::string line;
    while (true) {
        if (!lines_) {
            if (next_file_ >= options_.files.size())
                return false;
            lines_name_ = options_.files[next_file_++];
            line_number_ = 0;
            if (lines_name_ == "-") {
                lines_ = &standard_input_;
            } else {
                file_ = std::ifstream(lines_name_, std::ios::binary);
                if (!file_) {
                    task = {lines_name_, true, {}, "cannot open the file"};
                    return true;
                }
                lines_ = &file_;
            }
        }
        if (std::getline(*lines_, line)) {
            ++line_number_;
            if (line.find_first_not_of(" \t\r") == std::string::npos)
                continue; // blank lines separate nothing and carry no article
            task = {lines_name_ + ":" + std::to_string(line_number_), true, {}, std::nullopt};
            Result<std::string> decoded = decode_json_string_line(line);
            if (decoded)
                task.text = std::move(decoded.value());
            else
                task.error = decoded.error().message;
            return true;
        }
        lines_ = nullptr;
        file_.close();
    }
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
            batch.push_back({options_.files[next_file_++], false, {}, std::nullopt});
        }
    }
    return !batch.empty();
}

} // namespace whosaid::cli
