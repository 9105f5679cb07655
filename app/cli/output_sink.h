#pragma once

#include "cli_options.h"
#include "whosaid/result.h"

#include <memory>
#include <optional>
#include <ostream>
#include <string>

namespace whosaid::cli {

// Where rendered documents go. The runner hands them over in argument order, one call per
// input that succeeded, then calls finish() once.
class OutputSink {
public:
    virtual ~OutputSink() = default;
    // Takes the rendered document of input; returns a one-line reason naming the output
    // when it could not be written.
    virtual std::optional<std::string> accept(const std::string& input,
                                              const std::string& rendered) = 0;
    // Completes the output; returns a reason naming the output when that failed.
    virtual std::optional<std::string> finish() = 0;
};

// The sink the options ask for: standard output (out) without -o; with -o, one file written
// atomically when at least one input succeeded, or, for HTML with several inputs or when
// -o names a directory, one NAME.html per input in that directory (created if needed).
// Fails when that directory cannot be created.
Result<std::unique_ptr<OutputSink>> make_output_sink(const CliOptions& options, std::ostream& out);

} // namespace whosaid::cli
