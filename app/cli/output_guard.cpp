#include "output_guard.h"

#include "whosaid/corrections.h"

#include <fstream>
#include <sys/stat.h>

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

// The device and inode of an existing file, which every spelling and link of it shares.
std::optional<std::pair<dev_t, ino_t>> identity(const fs::path& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        return std::nullopt;
    return std::pair{info.st_dev, info.st_ino};
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
        protect(input, "an input of this run");
        protect(sidecar_path(input), "the corrections file of the input " + input);
    }
    if (!options.corrections_path.empty())
        protect(options.corrections_path, "the --corrections file");
    if (!options.aliases_path.empty())
        protect(options.aliases_path, "the --aliases file");
}

void OutputGuard::protect(const std::string& path, const std::string& role) {
    by_path_.emplace(canonical_or_same(path), role);
    if (std::optional<std::pair<dev_t, ino_t>> id = identity(path))
        by_identity_.emplace(*id, role);
}

std::optional<std::string> OutputGuard::refusal(const fs::path& target) const {
    if (const auto known = by_path_.find(canonical_or_same(target)); known != by_path_.end())
        return target.string() + ": not written: it is " + known->second;
    if (const std::optional<std::pair<dev_t, ino_t>> id = identity(target))
        if (const auto same = by_identity_.find(*id); same != by_identity_.end())
            return target.string() + ": not written: it is " + same->second;
    std::error_code error;
    const fs::file_status status = fs::status(target, error);
    if (status.type() == fs::file_type::not_found)
        return std::nullopt;
    if (fs::is_directory(status))
        return target.string() + ": not written: it is a directory";
    // A device or a pipe cannot be replaced atomically (and reading one may block).
    if (!fs::is_regular_file(status))
        return target.string() + ": not written: it is not a regular file";
    if (force_ || fs::file_size(target, error) == 0 || written_by_whosaid(target))
        return std::nullopt;
    return target.string() +
           ": not written: the file exists and was not written by whosaid (--force replaces it)";
}

} // namespace whosaid::cli
