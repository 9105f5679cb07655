#pragma once

#include "whosaid/document.h"

#include <string>

namespace whosaid {

struct HtmlOptions {
    std::string generator;  // e.g. "whosaid 0.1.0"
    std::string date;       // export date shown in the header, e.g. "2026-11-24"
};

// The annotated article as one self-contained, script-free-by-default HTML5 page.
std::string write_html(const Document& doc, const HtmlOptions& options);

} // namespace whosaid
