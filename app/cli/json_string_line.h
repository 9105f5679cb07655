#pragma once

#include "whosaid/result.h"

#include <string>
#include <string_view>

namespace whosaid::cli {

// Decodes one line holding a JSON string ("..." with JSON escapes, surrounding spaces
// allowed) into UTF-8. Anything else on the line is an InvalidArgument error saying what is
// wrong.
Result<std::string> decode_json_string_line(std::string_view line);

// text (UTF-8) as a JSON string literal, quotes included; control characters escaped.
std::string json_quoted(std::string_view text);

} // namespace whosaid::cli
