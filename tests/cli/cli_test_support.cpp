#include "cli_test_support.h"

#include "corrections/temp_dir.h"

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace fs = std::filesystem;

namespace whosaid::test {

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

std::string quoted(const std::string& text) {
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

std::string data(const std::string& name) {
    return quoted(std::string(WHOSAID_TEST_DATA) + "/cli/" + name);
}

Run run_cli(const std::string& arguments) {
    const TempDir scratch;
    const fs::path err_path = scratch.path() / "stderr";
    Run run;
    const std::string command =
        std::string(WHOSAID_CLI) + " " + arguments + " 2>" + quoted(err_path.string());
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buffer{};
    size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        run.out.append(buffer.data(), n);
    const int status = pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.err = read_file(err_path);
    return run;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

bool ends_with(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

void check_document(const JsonValue& doc, const std::string& path_suffix) {
    CHECK(doc["format"].string == "whosaid-analysis");
    CHECK(doc["version"].integer() == 1);
    CHECK(doc["generator"].string == "whosaid " WHOSAID_VERSION);
    CHECK(ends_with(doc["source"]["path"].string, path_suffix));
    CHECK(span_problems(doc).empty());
}

} // namespace whosaid::test
