#include "json_string_line.h"

#include <optional>

namespace whosaid::cli {

namespace {

Error bad_line(const char* why) {
    return Error{ErrorCode::InvalidArgument, why};
}

std::optional<unsigned> hex4(std::string_view text, size_t at) {
    if (at + 4 > text.size())
        return std::nullopt;
    unsigned value = 0;
    for (size_t i = at; i < at + 4; ++i) {
        const char c = text[i];
        value <<= 4;
        if (c >= '0' && c <= '9')
            value |= static_cast<unsigned>(c - '0');
        else if (c >= 'a' && c <= 'f')
            value |= static_cast<unsigned>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            value |= static_cast<unsigned>(c - 'A' + 10);
        else
            return std::nullopt;
    }
    return value;
}

void append_utf8(std::string& out, unsigned code_point) {
    if (code_point < 0x80) {
        out.push_back(static_cast<char>(code_point));
    } else if (code_point < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
        out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    } else if (code_point < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
        out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
        out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    }
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

} // namespace

Result<std::string> decode_json_string_line(std::string_view line) {
    while (!line.empty() && is_space(line.front()))
        line.remove_prefix(1);
    while (!line.empty() && is_space(line.back()))
        line.remove_suffix(1);
    if (line.size() < 2 || line.front() != '"')
        return bad_line("not a JSON string (expected a line starting with \")");
    std::string out;
    out.reserve(line.size());
    size_t i = 1;
    while (i < line.size()) {
        const char c = line[i];
        if (c == '"') {
            if (i + 1 != line.size())
                return bad_line("text after the closing quotation mark");
            return out;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            return bad_line("unescaped control character in the string");
        if (c != '\\') {
            out.push_back(c);
            ++i;
            continue;
        }
        if (i + 1 >= line.size())
            return bad_line("unfinished escape");
        const char escape = line[i + 1];
        i += 2;
        switch (escape) {
        case '"':
            out.push_back('"');
            break;
        case '\\':
            out.push_back('\\');
            break;
        case '/':
            out.push_back('/');
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
            std::optional<unsigned> unit = hex4(line, i);
            if (!unit)
                return bad_line("bad \\u escape");
            i += 4;
            unsigned code_point = *unit;
            const bool lead = code_point >= 0xD800 && code_point <= 0xDBFF;
            const bool trail = code_point >= 0xDC00 && code_point <= 0xDFFF;
            std::optional<unsigned> next;
            if (lead && i + 1 < line.size() && line[i] == '\\' && line[i + 1] == 'u')
                next = hex4(line, i + 2);
            if (lead && next && *next >= 0xDC00 && *next <= 0xDFFF) {
                code_point = 0x10000 + ((code_point - 0xD800) << 10) + (*next - 0xDC00);
                i += 6;
            } else if (lead || trail) {
                code_point = 0xFFFD;
            }
            append_utf8(out, code_point);
            break;
        }
        default:
            return bad_line("unknown escape");
        }
    }
    return bad_line("no closing quotation mark");
}

} // namespace whosaid::cli
