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
    std::uintmax_t max_bytes = 50u * 1024u * 1024u;
};

// Decoded, cleaned text ready for analysis: line ends are \n and the text is NFC.
struct LoadedText {
    std::u16string text;
    SourceInfo source;
    // What the reader should know about the decoding, one line each naming the input: e.g.
    // "story.txt: 2 bytes are not valid UTF-8 (first at byte 120); shown as U+FFFD".
    std::vector<std::string> warnings;
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
