#pragma once

#include "cli_options.h"

#include <cstddef>
#include <fstream>
#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace whosaid::cli {

// One unit of work: an input file, or an article carried inline by a line of --lines input.
struct ArticleTask {
    std::string name;                 // for messages: the path, or "PATH:LINE" for a line
    std::string input;                // the path or "-" the task comes from
    size_t line = 0;                  // the line number (from 1) of a --lines task; 0 otherwise
    bool inline_text = false;         // true: `text` holds the article; false: read `name`
    std::string text;                 // UTF-8 article of an inline task
    std::optional<std::string> error; // why an inline task could not be read
};

// Hands out the inputs of a run in argument order, a batch at a time, so that a run over
// millions of lines of standard input never holds more than one batch in memory.
//
// With --lines, every line of an input becomes one task, a bad or blank one included (its
// task carries the error), so that outputs pair with input lines. A byte order mark before
// the first line is skipped. A line longer than max_line_bytes is an error and ends that
// input (what follows cannot be told apart from the rest of the line); an input that cannot
// be opened, or is a directory, is one task with the error.
class ArticleSource {
public:
    // in is the stream behind "-" (standard input).
    ArticleSource(const CliOptions& options, std::istream& in, size_t max_line_bytes);

    // Replaces batch with up to max next tasks; false when none is left.
    bool next_batch(size_t max, std::vector<ArticleTask>& batch);

private:
    bool open_next_input(ArticleTask& task);
    bool next_line_task(ArticleTask& task);

    const CliOptions& options_;
    std::istream& standard_input_;
    size_t max_line_bytes_;
    size_t next_file_ = 0;
    std::istream* lines_ = nullptr; // the input being read line by line (--lines)
    std::ifstream file_;
    std::string lines_name_;
    size_t line_number_ = 0;
};

} // namespace whosaid::cli
