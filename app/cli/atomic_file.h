#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace whosaid::cli {

// Writes content to path through a temporary file in the same directory, then renames it
// over path, so that readers see the old file or the complete new one, never a part.
// Returns a one-line reason on failure (the temporary file is then removed).
std::optional<std::string> write_file_atomically(const std::string& path, std::string_view content);

} // namespace whosaid::cli
