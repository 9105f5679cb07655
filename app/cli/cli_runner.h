#pragma once

#include "cli_options.h"

#include <ostream>

namespace whosaid::cli {

// The exit status of whosaid-cli.
enum ExitCode : int {
    exit_success = 0,      // every input analysed and written
    exit_input_failed = 1, // an input could not be read or its output not written
    exit_usage = 2,        // bad command line
};

// Analyses every input of options (with options.jobs threads, one Analyzer each) and
// writes the results in input order; problems go to err as "whosaid-cli: NAME: reason",
// one line each, and do not stop the other inputs. A progress line goes to err when it
// is a terminal.
ExitCode run(const CliOptions& options, std::ostream& out, std::ostream& err);

} // namespace whosaid::cli
