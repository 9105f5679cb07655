#pragma once

#include "cli_options.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <sys/types.h>
#include <utility>

namespace whosaid::cli {

// Decides whether an output file of a run may be written, so that -o never destroys a
// person's file. Never written: an input of the run, the sidecar corrections file of an input
// (ARTICLE.whosaid.json), the --corrections and --aliases files, even with --force. An
// existing file is replaced only when it is empty, when whosaid
// wrote it before (an analysis document or an exported page) or with --force.
class OutputGuard {
public:
    explicit OutputGuard(const CliOptions& options);

    // Why target must not be written (one line, naming the target), or nothing when it may.
    std::optional<std::string> refusal(const std::filesystem::path& target) const;

private:
    void protect(const std::string& path, const std::string& role);

    // Both indexes make a check cost the same for millions of inputs as for one.
    std::map<std::filesystem::path, std::string> by_path_;       // canonical path → role
    std::map<std::pair<dev_t, ino_t>, std::string> by_identity_; // existing file → role
    bool force_ = false;
};

} // namespace whosaid::cli
