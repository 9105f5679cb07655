#include "whosaid/atomic_write.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace whosaid {

namespace {

// Links followed before giving up, as the kernel does (ELOOP).
constexpr int max_link_depth = 40;

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

std::string folder_of(const std::string& path) {
    const size_t slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

// The rename itself is only durable once the folder is flushed; a failure here does not
// undo the write, so it is not reported.
void sync_folder(const std::string& path) {
    const int fd = ::open(folder_of(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

// The file a chain of symbolic links at path ends at (path itself when it is no link), so
// that the rename replaces the target and the link stays a link. Empty on a loop.
std::string resolve_links(std::string path) {
    for (int depth = 0; depth < max_link_depth; ++depth) {
        struct stat info {};
        if (::lstat(path.c_str(), &info) != 0 || !S_ISLNK(info.st_mode))
            return path;
        std::string target(static_cast<size_t>(info.st_size) + 256, '\0');
        const ssize_t length = ::readlink(path.c_str(), target.data(), target.size());
        if (length < 0)
            return path;
        target.resize(static_cast<size_t>(length));
        path = target.starts_with('/') ? target : folder_of(path) + "/" + target;
    }
    return {};
}

// A temporary file in path's folder, created with mode 0666 so that the umask applies as to
// any new file. Its name does not grow with path's: a name near the 255-byte limit still
// gets one.
int create_temporary(const std::string& path, std::string& name) {
    std::random_device seed;
    std::mt19937_64 random(seed());
    static constexpr char letters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string suffix(10, 'a');
        for (char& c : suffix)
            c = letters[random() % (sizeof letters - 1)];
        name = folder_of(path) + "/.whosaid-" + suffix + ".tmp";
        const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    return -1;
}

} // namespace

std::optional<std::string> write_file_atomically(const std::string& path,
                                                 std::string_view content) {
    const std::string target = resolve_links(path);
    if (target.empty())
        return std::string("cannot write: too many levels of symbolic links");
    std::string name;
    const int fd = create_temporary(target, name);
    if (fd < 0)
        return std::string("cannot create a file next to it: ") + std::strerror(errno);
    // A file being replaced keeps its permissions: corrections may describe anonymous
    // sources, and a file its owner made private must stay private.
    struct stat existing {};
    bool ok = true;
    if (::stat(target.c_str(), &existing) == 0)
        ok = ::fchmod(fd, existing.st_mode & 07777) == 0;
    ok = ok && write_all(fd, content) && ::fsync(fd) == 0;
    std::string reason = ok ? "" : std::strerror(errno);
    if (::close(fd) != 0 && ok) {
        ok = false;
        reason = std::strerror(errno);
    }
    if (ok && std::rename(name.c_str(), target.c_str()) != 0) {
        ok = false;
        reason = std::strerror(errno);
    }
    if (ok) {
        sync_folder(target);
        return std::nullopt;
    }
    ::unlink(name.c_str());
    return "cannot write: " + reason;
}

} // namespace whosaid
