#include "atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace whosaid::cli {

namespace {

std::string system_reason() {
    return std::strerror(errno);
}

bool write_all(int fd, std::string_view content) {
    while (!content.empty()) {
        const ssize_t written = ::write(fd, content.data(), content.size());
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        content.remove_prefix(static_cast<size_t>(written));
    }
    return true;
}

} // namespace

std::optional<std::string> write_file_atomically(const std::string& path,
                                                 std::string_view content) {
    std::string pattern = path + ".tmp-XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0)
        return "cannot create a file next to it: " + system_reason();
    // mkstemp makes the file private (0600); an export is an ordinary document.
    bool ok = ::fchmod(fd, 0644) == 0 && write_all(fd, content) && ::fsync(fd) == 0;
    std::string reason = ok ? "" : system_reason();
    if (::close(fd) != 0 && ok) {
        ok = false;
        reason = system_reason();
    }
    if (ok && std::rename(name.data(), path.c_str()) != 0) {
        ok = false;
        reason = system_reason();
    }
    if (ok)
        return std::nullopt;
    ::unlink(name.data());
    return "cannot write: " + reason;
}

} // namespace whosaid::cli
