#pragma once

#include "cli_options.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace whosaid::cli {

// Decides whether an output file of a run may be written, so that -o never destroys a
// person's file. Never written: an input of the run, the sidecar corrections file of an input
// (ARTICLE.whosaid.json), the --corrections and --aliases files, even with --force. An
// existing file is replaced only when this run wrote it, when it is empty, when whosaid
// wrote it before (an analysis document or an exported page) or with --force.
class OutputGuard {
public:
    explicit OutputGuard(const CliOptions& options);

    // Why target must not be written (one line, naming the target), or nothing when it may.
    std::optional<std::string> refusal(const std::filesystem::path& target) const;

private:
    struct Protected {
        std::filesystem::path path; // as weakly_canonical gives it
        std::string role;           // "an input", "the corrections file of an input", ...
    };

    std::vector<Protected> protected_;
    bool force_ = false;
};

} // namespace whosaid::cli
