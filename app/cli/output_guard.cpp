#include "output_guard.h"

#include "whosaid/corrections.h"

#include <fstream>

namespace whosaid::cli {

namespace fs = std::filesystem;

namespace {

// How far into a file the whosaid signature is looked for.
constexpr std::streamsize kSignatureBytes = 4096;

fs::path canonical_or_same(const fs::path& path) {
    std::error_code error;
    fs::path canonical = fs::weakly_canonical(path, error);
    return error ? path : canonical;
}

// True when path names the same file as known: the same canonical path (a file still to be
// created) or the same file on disk (hard links, links, other spellings).
bool same_file(const fs::path& path, const fs::path& known) {
    if (canonical_or_same(path) == known)
        return true;
    std::error_code error;
    return fs::equivalent(path, known, error) && !error;
}

// An analysis document (compact or pretty) or a page exported by whosaid.
bool written_by_whosaid(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string head(static_cast<size_t>(kSignatureBytes), '\0');
    in.read(head.data(), kSignatureBytes);
    head.resize(static_cast<size_t>(in.gcount()));
    return head.find("\"format\":\"whosaid-analysis\"") != std::string::npos ||
           head.find("\"format\": \"whosaid-analysis\"") != std::string::npos ||
           head.find("<meta name=\"generator\" content=\"whosaid ") != std::string::npos;
}

} // namespace

OutputGuard::OutputGuard(const CliOptions& options) : force_(options.force) {
    for (const std::string& input : options.files) {
        if (input == "-")
            continue;
        protected_.push_back({canonical_or_same(input), "an input of this run"});
        protected_.push_back(
            {canonical_or_same(sidecar_path(input)), "the corrections file of the input " + input});
    }
    if (!options.corrections_path.empty())
        protected_.push_back(
            {canonical_or_same(options.corrections_path), "the --corrections file"});
    if (!options.aliases_path.empty())
        protected_.push_back({canonical_or_same(options.aliases_path), "the --aliases file"});
}

std::optional<std::string> OutputGuard::refusal(const fs::path& target) const {
    for (const Protected& known : protected_)
        if (same_file(target, known.path))
            return target.string() + ": not written: it is " + known.role;
    std::error_code error;
    const fs::file_status status = fs::status(target, error);
    if (status.type() == fs::file_type::not_found)
        return std::nullopt;
    if (fs::is_directory(status))
        return target.string() + ": not written: it is a directory";
    if (force_ || (fs::is_regular_file(status) && fs::file_size(target, error) == 0) ||
        written_by_whosaid(target))
        return std::nullopt;
    return target.string() +
           ": not written: the file exists and was not written by whosaid (--force replaces it)";
}

} // namespace whosaid::cli
