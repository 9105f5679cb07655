#include "whosaid/json_reader.h"

#include <charconv>
#include <unicode/utf8.h>

namespace whosaid {

namespace {

constexpr int max_depth = 64;

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

} // namespace

const JsonNode* JsonNode::find(std::string_view key) const {
    for (auto it = members.rbegin(); it != members.rend(); ++it)
        if (it->key == key)
            return &it->value;
    return nullptr;
}

Result<JsonNode> JsonReader::parse() {
    JsonNode root;
    skip_space();
    if (value(root, 0)) {
        skip_space();
        if (pos_ == text_.size())
            return root;
        fail("unexpected text after the JSON value");
    }
    size_t line = 1;
    size_t column = 1;
    for (size_t i = 0; i < pos_ && i < text_.size(); ++i) {
        if (text_[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return Error{ErrorCode::InvalidArgument, "line " + std::to_string(line) + ", column " +
                                                 std::to_string(column) + ": " + error_};
}

bool JsonReader::fail(std::string message) {
    if (error_.empty())
        error_ = std::move(message);
    return false;
}

void JsonReader::skip_space() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                   text_[pos_] == '\n' || text_[pos_] == '\r'))
        ++pos_;
}

bool JsonReader::value(JsonNode& node, int depth) {
    if (pos_ >= text_.size())
        return fail("unexpected end of the file (truncated?)");
    switch (text_[pos_]) {
    case '{':
        return object(node, depth + 1);
    case '[':
        return array(node, depth + 1);
    case '"':
        node.type = JsonNode::Type::String;
        return string(node.string);
    case 't':
        node.type = JsonNode::Type::Boolean;
        node.boolean = true;
        return literal("true");
    case 'f':
        node.type = JsonNode::Type::Boolean;
        return literal("false");
    case 'n':
        node.type = JsonNode::Type::Null;
        return literal("null");
    default:
        return number(node);
    }
}

bool JsonReader::object(JsonNode& node, int depth) {
    if (depth > max_depth)
        return fail("nested too deeply");
    node.type = JsonNode::Type::Object;
    ++pos_;
    skip_space();
    if (pos_ < text_.size() && text_[pos_] == '}') {
        ++pos_;
        return true;
    }
    while (true) {
        skip_space();
        if (pos_ >= text_.size())
            return fail("unexpected end of the file (truncated?)");
        if (text_[pos_] != '"')
            return fail("expected a member name in quotes");
        JsonMember member;
        if (!string(member.key))
            return false;
        skip_space();
        if (pos_ >= text_.size() || text_[pos_] != ':')
            return fail(pos_ >= text_.size() ? "unexpected end of the file (truncated?)"
                                             : "expected ':' after the member name");
        ++pos_;
        skip_space();
        if (!value(member.value, depth))
            return false;
        node.members.push_back(std::move(member));
        skip_space();
        if (pos_ >= text_.size())
            return fail("unexpected end of the file (truncated?)");
        if (text_[pos_] == '}') {
            ++pos_;
            return true;
        }
        if (text_[pos_] != ',')
            return fail("expected ',' or '}' in an object");
        ++pos_;
    }
}

bool JsonReader::array(JsonNode& node, int depth) {
    if (depth > max_depth)
        return fail("nested too deeply");
    node.type = JsonNode::Type::Array;
    ++pos_;
    skip_space();
    if (pos_ < text_.size() && text_[pos_] == ']') {
        ++pos_;
        return true;
    }
    while (true) {
        skip_space();
        JsonNode item;
        if (!value(item, depth))
            return false;
        node.items.push_back(std::move(item));
        skip_space();
        if (pos_ >= text_.size())
            return fail("unexpected end of the file (truncated?)");
        if (text_[pos_] == ']') {
            ++pos_;
            return true;
        }
        if (text_[pos_] != ',')
            return fail("expected ',' or ']' in an array");
        ++pos_;
    }
}

bool JsonReader::hex4(unsigned& code) {
    if (text_.size() - pos_ < 4)
        return fail("bad \\u escape");
    const char* first = text_.data() + pos_;
    const auto result = std::from_chars(first, first + 4, code, 16);
    if (result.ec != std::errc() || result.ptr != first + 4)
        return fail("bad \\u escape");
    pos_ += 4;
    return true;
}

bool JsonReader::string(std::string& out) {
    ++pos_; // the opening quote
    while (true) {
        if (pos_ >= text_.size())
            return fail("unexpected end of the file inside a string (truncated?)");
        const auto c = static_cast<unsigned char>(text_[pos_]);
        if (c == '"') {
            ++pos_;
            return true;
        }
        if (c < 0x20)
            return fail("control character inside a string");
        if (c >= 0x80) {
            int32_t i = static_cast<int32_t>(pos_);
            UChar32 code = 0;
            U8_NEXT(reinterpret_cast<const uint8_t*>(text_.data()), i,
                    static_cast<int32_t>(text_.size()), code);
            if (code < 0)
                return fail("invalid UTF-8 inside a string");
            out.append(text_.substr(pos_, static_cast<size_t>(i) - pos_));
            pos_ = static_cast<size_t>(i);
            continue;
        }
        ++pos_;
        if (c != '\\') {
            out.push_back(static_cast<char>(c));
            continue;
        }
        if (pos_ >= text_.size())
            return fail("unexpected end of the file inside a string (truncated?)");
        const char escape = text_[pos_++];
        switch (escape) {
        case '"':
        case '\\':
        case '/':
            out.push_back(escape);
            break;
        case 'b':
            out.push_back('\b');
            break;
        case 'f':
            out.push_back('\f');
            break;
        case 'n':
            out.push_back('\n');
            break;
        case 'r':
            out.push_back('\r');
            break;
        case 't':
            out.push_back('\t');
            break;
        case 'u': {
            unsigned code = 0;
            if (!hex4(code))
                return false;
            if (code >= 0xDC00 && code <= 0xDFFF)
                return fail("unpaired surrogate in a \\u escape");
            if (code >= 0xD800 && code <= 0xDBFF) {
                unsigned low = 0;
                if (text_.substr(pos_, 2) != "\\u")
                    return fail("unpaired surrogate in a \\u escape");
                pos_ += 2;
                if (!hex4(low))
                    return false;
                if (low < 0xDC00 || low > 0xDFFF)
                    return fail("unpaired surrogate in a \\u escape");
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            }
            append_utf8(out, static_cast<char32_t>(code));
            break;
        }
        default:
            return fail("bad escape in a string");
        }
    }
}

bool JsonReader::number(JsonNode& node) {
    const size_t start = pos_;
    auto digits = [this] {
        const size_t from = pos_;
        while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9')
            ++pos_;
        return pos_ > from;
    };
    if (pos_ < text_.size() && text_[pos_] == '-')
        ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '0')
        ++pos_;
    else if (!digits())
        return fail("unexpected character (expected a value)");
    if (pos_ < text_.size() && text_[pos_] == '.') {
        ++pos_;
        if (!digits())
            return fail("bad number");
    }
    if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
        ++pos_;
        if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-'))
            ++pos_;
        if (!digits())
            return fail("bad number");
    }
    node.type = JsonNode::Type::Number;
    const auto result = std::from_chars(text_.data() + start, text_.data() + pos_, node.number);
    if (result.ec != std::errc())
        return fail("number out of range");
    return true;
}

bool JsonReader::literal(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word)
        return fail("unexpected character (expected a value)");
    pos_ += word.size();
    return true;
}

} // namespace whosaid
