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

// The parsed JSON document; the test fails when it is not JSON.
JsonValue parse(const std::string& json);

std::vector<std::string> lines_of(const std::string& text);

} // namespace whosaid::test
