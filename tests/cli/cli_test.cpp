#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace {

struct Run {
    int exit_code = -1;
    std::string out;
};

// Runs the CLI with arguments (shell-quoted by the caller), stderr discarded.
Run run_cli(const std::string& arguments) {
    Run run;
    const std::string command = std::string(WHOSAID_CLI) + " " + arguments + " 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buffer{};
    size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        run.out.append(buffer.data(), n);
    const int status = pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

} // namespace

TEST_CASE("the CLI without arguments is a usage error", "[cli]") {
    CHECK(run_cli("").exit_code == 2);
}
