// PLACEHOLDER (replaced by the loader work): UTF-8 plain text only.
#include "whosaid/loader.h"

#include "whosaid/unicode_text.h"

#include <fstream>
#include <sstream>

namespace whosaid {

Result<LoadedText> Loader::load_file(const std::string& path, const LoadOptions& options) const {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error{ErrorCode::NotFound, path + ": cannot open"};
    std::ostringstream bytes;
    bytes << in.rdbuf();
    Result<LoadedText> loaded = load_bytes(bytes.str(), path, options);
    if (loaded)
        loaded.value().source.path = path;
    return loaded;
}

Result<LoadedText> Loader::load_bytes(std::string_view bytes, std::string_view,
                                      const LoadOptions&) const {
    return LoadedText{to_utf16(bytes), SourceInfo{"", "UTF-8", "text"}};
}

} // namespace whosaid
