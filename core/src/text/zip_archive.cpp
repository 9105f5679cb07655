#include "text/zip_archive.h"

#include <zip.h>

namespace whosaid::text {

namespace {

Error damaged(const std::string& why) {
    return Error{ErrorCode::BinaryContent,
                 "this document's zip container is damaged (" + why + ")"};
}

} // namespace

struct ZipArchive::Impl {
    std::string bytes; // libzip reads from this copy for as long as the archive is open
    zip_t* archive = nullptr;
    ~Impl() {
        if (archive)
            zip_discard(archive);
    }
};

ZipArchive::ZipArchive(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

Result<ZipArchive> ZipArchive::open(std::string_view bytes) {
    auto impl = std::make_unique<Impl>();
    impl->bytes.assign(bytes);
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source =
        zip_source_buffer_create(impl->bytes.data(), impl->bytes.size(), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return damaged("out of memory");
    }
    impl->archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!impl->archive) {
        zip_source_free(source);
        const std::string why = zip_error_strerror(&error);
        zip_error_fini(&error);
        return damaged(why);
    }
    zip_error_fini(&error);
    return ZipArchive(std::move(impl));
}

bool ZipArchive::contains(const std::string& name) const {
    return zip_name_locate(impl_->archive, name.c_str(), 0) >= 0;
}

Result<std::string> ZipArchive::read(const std::string& name, std::uint64_t max_bytes) const {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(impl_->archive, name.c_str(), 0, &stat) != 0)
        return damaged("no " + name);
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
        return Error{ErrorCode::BinaryContent, "this document is encrypted; save it without a "
                                               "password and open it again"};
    // The declared size may lie: reading stops at the bound whatever it says.
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > max_bytes)
        return Error{ErrorCode::TooLarge, "this document's text is too large (" + name +
                                              " inflates to " + std::to_string(stat.size) +
                                              " bytes)"};
    zip_file_t* file = zip_fopen(impl_->archive, name.c_str(), 0);
    if (!file)
        return damaged(zip_strerror(impl_->archive));
    std::string out;
    char buffer[65536];
    zip_int64_t got = 0;
    while ((got = zip_fread(file, buffer, sizeof buffer)) > 0) {
        if (out.size() + static_cast<std::uint64_t>(got) > max_bytes) {
            zip_fclose(file);
            return Error{ErrorCode::TooLarge, "this document's text is too large (" + name +
                                                  " inflates past " + std::to_string(max_bytes) +
                                                  " bytes)"};
        }
        out.append(buffer, static_cast<size_t>(got));
    }
    const bool failed = got < 0;
    zip_fclose(file);
    if (failed)
        return damaged("cannot inflate " + name);
    return out;
}

} // namespace whosaid::text
