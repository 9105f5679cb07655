#include "json_string_line.h"

#include "whosaid/json_reader.h"

namespace whosaid::cli {

Result<std::string> decode_json_string_line(std::string_view line) {
    Result<JsonNode> node = JsonReader(line).parse();
    if (!node)
        return Error{ErrorCode::InvalidArgument, "not a JSON string: " + node.error().message};
    if (node.value().type != JsonNode::Type::String)
        return Error{ErrorCode::InvalidArgument,
                     "not a JSON string (expected a line starting with \")"};
    return std::move(node.value().string);
}

} // namespace whosaid::cli

namespace whosaid::cli {

std::string json_quoted(std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (byte < 0x20) {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        } else {
            out += c;
        }
    }
    return out + "\"";
}

} // namespace whosaid::cli
