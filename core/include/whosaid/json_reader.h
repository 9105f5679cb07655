#pragma once

#include "whosaid/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

struct JsonMember;

// A parsed JSON value; strings are UTF-8, members keep their document order.
struct JsonNode {
    enum class Type { Null, Boolean, Number, String, Array, Object };

    Type type = Type::Null;
    bool boolean = false;
    double number = 0.0;
    std::string string;
    std::vector<JsonNode> items;
    // A named struct rather than std::pair: pair<string, JsonNode> cannot be instantiated
    // while JsonNode is incomplete (clang with libstdc++ refuses it).
    std::vector<JsonMember> members;

    // The member named key (the last one when repeated), or nullptr.
    const JsonNode* find(std::string_view key) const;
};

// One member of a JSON object.
struct JsonMember {
    std::string key;
    JsonNode value;
};

// A strict RFC 8259 parser for small files (settings, corrections). Bad input gives an error
// "line L, column C: what is wrong" (columns count bytes from 1); nesting deeper than 64
// levels is refused so that hostile input cannot exhaust the stack.
class JsonReader {
public:
    explicit JsonReader(std::string_view text) : text_(text) {}

    Result<JsonNode> parse();

private:
    bool value(JsonNode& node, int depth);
    bool object(JsonNode& node, int depth);
    bool array(JsonNode& node, int depth);
    bool string(std::string& out);
    bool number(JsonNode& node);
    bool literal(std::string_view word);
    bool hex4(unsigned& code);
    void skip_space();
    bool fail(std::string message);

    std::string_view text_;
    size_t pos_ = 0;
    std::string error_;
};

} // namespace whosaid
