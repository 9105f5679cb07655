#pragma once

#include "text/extracted_article.h"
#include "whosaid/result.h"

#include <string_view>

namespace whosaid::text {

// The text of a PDF in reading order, as paragraphs: words gathered into lines, lines into
// paragraphs where the vertical gap or the indentation says so; a word hyphenated at a line
// end joined again; the header, footer and page number that repeat on every page dropped.
class PdfTextExtractor {
public:
    // At most this many pages are read (far more than any press release); the rest of a
    // longer PDF is left out, so that a 10,000-page file gives a bounded result.
    static constexpr int kMaxPages = 2000;

    // Whether bytes start like a PDF file.
    static bool looks_like_pdf(std::string_view bytes);

    // Extracts the text; an error for a damaged or password-protected PDF, or one without a
    // text layer (a scanned image).
    Result<ExtractedArticle> extract(std::string_view bytes) const;
};

} // namespace whosaid::text
