#pragma once

#include "text/extracted_article.h"
#include "whosaid/result.h"

#include <string>
#include <string_view>

namespace whosaid::text {

// An e-mail message (.eml, RFC 5322 with MIME): the subject as the title, the sender and
// date kept for the source, the text part as the body (or the HTML part made text when
// there is no text part), quoted-printable and base64 undone, each part's charset decoded,
// encoded words in headers (=?UTF-8?Q?...?=) decoded; attachments listed, not analysed.
class EmailTextExtractor {
public:
    // Whether bytes open like a message: a header block with From/Subject/MIME-Version lines.
    static bool looks_like_email(std::string_view bytes);

    Result<ExtractedArticle> extract(std::string_view bytes) const;

    // A header value with its encoded words decoded (RFC 2047), as UTF-8.
    static std::string decode_header(std::string_view value);
};

} // namespace whosaid::text
