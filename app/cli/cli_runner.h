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

// Analyses every input of options in argument order and writes the results; problems go
// to err as "whosaid-cli: NAME: reason", one line each, and do not stop the other inputs.
//
// The run is split so that a parallel mode (-j N) can be added without changing the
// output: rendering an input is independent of the others (one DocumentRenderer, so one
// Analyzer, per thread), and the sink must receive the results in argument order.
ExitCode run(const CliOptions& options, std::ostream& out, std::ostream& err);

} // namespace whosaid::cli
