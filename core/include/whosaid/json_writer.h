#pragma once

#include "whosaid/document.h"

#include <string>

namespace whosaid {

struct JsonOptions {
    bool pretty = false;   // indented, one field per line
    std::string generator; // e.g. "whosaid 0.1.0"
};

// The document as `whosaid-analysis` version 1 JSON (shared/docs/json-output.md): offsets in
// code points, every span with its text. No trailing newline.
std::string write_json(const Document& doc, const JsonOptions& options);

} // namespace whosaid
