#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace whosaid {

// Writes content to path through a temporary file in the same folder, flushed to disk, then
// renamed over path: readers see the old file or the whole new one, never a part, and a
// failed write (full disk, no permission) leaves the old file as it was. Returns a one-line
// reason on failure; the temporary file is then removed.
//
// A file that exists keeps its permission bits; a new file gets 0666 minus the umask. When
// path is a symbolic link, the file it points to is replaced and the link stays (a dangling
// link gets its target created).
std::optional<std::string> write_file_atomically(const std::string& path, std::string_view content);

} // namespace whosaid
