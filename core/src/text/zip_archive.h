#pragma once

#include "whosaid/result.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace whosaid::text {

// A zip archive read from memory (the container of .docx and .odt files). Entries are
// read whole, each bounded in size so that a zip bomb is refused, not inflated.
class ZipArchive {
public:
    // Opens bytes as a zip archive; an error when they are not one (or a damaged one).
    static Result<ZipArchive> open(std::string_view bytes);

    ZipArchive(ZipArchive&&) noexcept;
    ZipArchive& operator=(ZipArchive&&) noexcept;
    ~ZipArchive();

    // Whether the archive holds an entry of that name.
    bool contains(const std::string& name) const;

    // The entry's bytes; an error when it is missing, encrypted, damaged, or inflates to
    // more than max_bytes.
    Result<std::string> read(const std::string& name, std::uint64_t max_bytes) const;

private:
    struct Impl;
    explicit ZipArchive(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

} // namespace whosaid::text
