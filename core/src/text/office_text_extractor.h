#pragma once

#include "text/extracted_article.h"
#include "whosaid/result.h"

#include <cstdint>
#include <string_view>

namespace whosaid::text {

// The paragraphs of a Word (.docx) or OpenDocument (.odt) text document: body paragraphs
// and headings in document order; footnotes, comments, field codes and tracked deletions
// left out (they are not what the document says).
class OfficeTextExtractor {
public:
    // Whether bytes are a zip archive (the container of both formats).
    static bool looks_like_zip(std::string_view bytes);

    // Extracts the text; an error for a damaged or encrypted file, or one that is neither
    // format. max_bytes bounds what the document's XML may inflate to (zip bombs).
    Result<ExtractedArticle> extract(std::string_view bytes, std::uint64_t max_bytes) const;
};

} // namespace whosaid::text
