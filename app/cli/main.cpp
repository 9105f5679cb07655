// whosaid-cli: the analysis of news articles from the command line (see --help).
#include "cli_options.h"
#include "cli_runner.h"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    using namespace whosaid::cli;
    const std::vector<std::string> arguments(argv + 1, argv + argc);
    whosaid::Result<CliOptions> options = parse_options(arguments);
    if (!options) {
        std::cerr << "whosaid-cli: " << options.error().message << '\n'
                  << "Try 'whosaid-cli --help' for more information.\n";
        return exit_usage;
    }
    if (options.value().show_help) {
        std::cout << usage_text();
        return exit_success;
    }
    if (options.value().show_version) {
        std::cout << version_line() << '\n';
        return exit_success;
    }
    std::ios::sync_with_stdio(false);
    return run(options.value(), std::cout, std::cerr);
}
