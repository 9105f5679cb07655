// PLACEHOLDER (replaced by the JSON work): only the text.
#include "whosaid/json_writer.h"

#include "whosaid/unicode_text.h"

namespace whosaid {

std::string write_json(const Document& doc, const JsonOptions&) {
    std::string out = "{\"format\":\"whosaid-analysis\",\"version\":1,\"text_length\":";
    out += std::to_string(to_utf8(doc.text).size());
    out += "}";
    return out;
}

} // namespace whosaid
