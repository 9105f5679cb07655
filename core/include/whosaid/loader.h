#pragma once

#include "whosaid/document.h"
#include "whosaid/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

// How to read an article.
struct LoadOptions {
    std::string encoding;      // empty: BOM, strict UTF-8, ICU detection, then windows-1252
    std::string format;        // "text", "html", "markdown", "pdf", "docx", "odt", "email"; empty:
                               // from the first bytes (PDF, zip), the name, then the content
    std::string language_hint; // "fr"/"en" helps charset detection; may be empty
    // The charset the bytes came with (an HTTP Content-Type header): like an HTML page's
    // <meta charset>, which it overrides, it is used for bytes that are not UTF-8 and ignored
    // when ICU does not know it. Empty when none.
    std::string declared_encoding;
    std::uintmax_t max_bytes = 50u * 1024u * 1024u;
};

// Decoded, cleaned text ready for analysis: line ends are \n and the text is NFC.
struct LoadedText {
    std::u16string text;
    SourceInfo source;
    // What the reader should know about the decoding (see LoadWarning).
    std::vector<LoadWarning> warnings;
};

// Bytes in, text out. The only part of core that touches the file system.
class Loader {
public:
    // Reads and decodes the file at path. Errors: NotFound, NotAFile, Unreadable, TooLarge,
    // BinaryContent, BadEncoding; the message names the file.
    Result<LoadedText> load_file(const std::string& path, const LoadOptions& options) const;
    // Decodes bytes already in memory; name is used for format detection and messages.
    Result<LoadedText> load_bytes(std::string_view bytes, std::string_view name,
                                  const LoadOptions& options) const;
};

} // namespace whosaid
