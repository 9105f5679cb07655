#pragma once

#include "whosaid/document.h"

#include <string>

namespace whosaid {

struct HtmlOptions {
    std::string generator;   // e.g. "whosaid 0.1.0"; omitted from the page when empty
    std::string date;        // export date shown in the header, e.g. "2026-11-24"
    std::string source_name; // file name shown in the header; empty: the file name of
                             // doc.source.path
    std::string ui_language; // language of the export's own labels; empty: doc.language
    // A page for paper (printing, PDF): the paper stylesheet (plain enough for Qt's rich
    // text), no navigation and no index of actors; the legend, the annotated text with its
    // speaker tags, the table of quotations and the summary of sources stay.
    bool paper = false;
};

// The annotated article as one self-contained, script-free HTML5 page: inline CSS, a
// Content-Security-Policy that forbids every external load, the text with every mention
// and quotation marked up, an index of actors, a table of quotations and a summary of
// sources. Never fails: bad spans are clipped or dropped, every character is escaped.
std::string write_html(const Document& doc, const HtmlOptions& options);

} // namespace whosaid
