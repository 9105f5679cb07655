#pragma once

#include "cli_options.h"
#include "whosaid/corrections.h"

#include <optional>
#include <string>
#include <vector>

namespace whosaid::cli {

// The corrections a run applies: the alias list and the --corrections file, read once, and
// the sidecar file beside each article (read per article, so it is safe to share between
// threads: apply() is const and reads files only).
class CorrectionSource {
public:
    explicit CorrectionSource(const CliOptions& options);

    // Why an explicitly given file (--aliases, --corrections) could not be read, one line
    // each; the run goes on without it and exits with 1.
    const std::vector<std::string>& load_problems() const { return load_problems_; }

    // Applies the corrections that belong to input (a path, "-" or "PATH:LINE") to doc.
    // Returns warnings for the user: stale corrections, an unreadable sidecar.
    std::vector<std::string> apply(Document& doc, const std::string& input, bool from_file) const;

private:
    AliasList aliases_;
    std::optional<CorrectionSet> explicit_corrections_;
    bool explicit_given_ = false;
    bool use_sidecars_ = true;
    std::vector<std::string> load_problems_;
};

} // namespace whosaid::cli
