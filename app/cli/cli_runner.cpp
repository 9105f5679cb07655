#include "cli_runner.h"

#include "document_renderer.h"
#include "output_sink.h"

namespace whosaid::cli {

namespace {

void report(std::ostream& err, const std::string& message) {
    err << "whosaid-cli: " << message << '\n';
}

} // namespace

ExitCode run(const CliOptions& options, std::ostream& out, std::ostream& err) {
    Result<std::unique_ptr<OutputSink>> sink = make_output_sink(options, out);
    if (!sink) {
        report(err, sink.error().message);
        return exit_input_failed;
    }
    const DocumentRenderer renderer(options);
    ExitCode status = exit_success;
    for (const std::string& input : options.files) {
        Result<std::string> rendered = renderer.render(input);
        std::optional<std::string> problem;
        if (!rendered)
            problem = rendered.error().message;
        else
            problem = sink.value()->accept(input, rendered.value());
        if (problem) {
            report(err, *problem);
            status = exit_input_failed;
        }
    }
    if (std::optional<std::string> problem = sink.value()->finish()) {
        report(err, *problem);
        status = exit_input_failed;
    }
    return status;
}

} // namespace whosaid::cli
