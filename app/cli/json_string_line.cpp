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
