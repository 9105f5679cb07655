#pragma once

#include "writers/json_test_support.h"

#include <filesystem>
#include <string>
#include <vector>

namespace whosaid::test {

// What one run of whosaid-cli gave.
struct Run {
    int exit_code = -1;
    std::string out;
    std::string err;
};

std::string read_file(const std::filesystem::path& path);

// Single-quoted for the shell.
std::string quoted(const std::string& text);

// The quoted path of tests/data/cli/NAME.
std::string data(const std::string& name);

// Runs the CLI through the shell with arguments (quoted by the caller).
Run run_cli(const std::string& arguments);

std::vector<std::string> lines_of(const std::string& text);

// Whether text ends with suffix.
bool ends_with(const std::string& text, const std::string& suffix);

// Checks a whole analysis document that keeps the span contract, of a file whose path ends
// with path_suffix.
void check_document(const JsonValue& doc, const std::string& path_suffix);

} // namespace whosaid::test
