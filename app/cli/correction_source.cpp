#include "correction_source.h"

namespace whosaid::cli {

CorrectionSource::CorrectionSource(const CliOptions& options)
    : explicit_given_(!options.corrections_path.empty()), use_sidecars_(options.use_sidecars) {
    if (!options.aliases_path.empty()) {
        Result<AliasList> aliases = load_aliases(options.aliases_path);
        if (aliases)
            aliases_ = std::move(aliases.value());
        else
            load_problems_.push_back(aliases.error().message);
    }
    if (explicit_given_) {
        Result<CorrectionSet> corrections = load_corrections(options.corrections_path);
        if (corrections)
            explicit_corrections_ = std::move(corrections.value());
        else
            load_problems_.push_back(corrections.error().message +
                                     " (the article is analysed without corrections)");
    }
}

std::vector<std::string> CorrectionSource::apply(Document& doc, const std::string& input,
                                                 bool from_file) const {
    std::vector<std::string> warnings;
    if (!explicit_given_ && !use_sidecars_ && aliases_.groups.empty())
        return warnings;
    std::optional<CorrectionSet> sidecar;
    const CorrectionSet* corrections = explicit_corrections_ ? &*explicit_corrections_ : nullptr;
    if (!explicit_given_ && use_sidecars_ && from_file && input != "-") {
        Result<CorrectionSet> loaded = load_corrections(sidecar_path(input));
        if (loaded) {
            sidecar = std::move(loaded.value());
            corrections = &*sidecar;
        } else if (loaded.error().code != ErrorCode::NotFound) {
            warnings.push_back(loaded.error().message + " (corrections ignored)");
        }
    }
    if (!corrections && aliases_.groups.empty())
        return warnings; // nothing to apply: the analysis stays exactly as it is
    static const CorrectionSet none;
    const ApplyReport report = apply_corrections(doc, corrections ? *corrections : none, aliases_);
    for (const StaleCorrection& stale : report.stale)
        warnings.push_back(input + ": correction " + std::to_string(stale.index + 1) + " (" +
                           to_string(stale.action) + ") not applied: " + stale.message);
    return warnings;
}

} // namespace whosaid::cli
