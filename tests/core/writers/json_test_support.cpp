#include "writers/json_test_support.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <stdexcept>

namespace whosaid::test {

namespace {

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

// Decodes one UTF-8 sequence at pos; returns the code point or -1 when ill-formed.
long next_code_point(std::string_view s, size_t& pos) {
    const auto byte = [&](size_t i) {
        return static_cast<unsigned char>(s[i]);
    };
    const unsigned char lead = byte(pos);
    size_t length = 0;
    char32_t c = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
        ++pos;
        return lead;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2, c = lead & 0x1F, minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, c = lead & 0x0F, minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, c = lead & 0x07, minimum = 0x10000;
    } else {
        return -1;
    }
    if (pos + length > s.size())
        return -1;
    for (size_t i = 1; i < length; ++i) {
        if ((byte(pos + i) & 0xC0) != 0x80)
            return -1;
        c = (c << 6) | (byte(pos + i) & 0x3F);
    }
    if (c < minimum || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return -1;
    pos += length;
    return static_cast<long>(c);
}

class Parser {
public:
    explicit Parser(std::string_view text) : s_(text) {}

    ParseResult parse() {
        ParseResult result;
        try {
            result.value = value(0);
            skip_space();
            if (pos_ != s_.size())
                fail("text after the value");
            result.ok = true;
        } catch (const std::runtime_error& e) {
            result.error = e.what();
        }
        return result;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw std::runtime_error(what + " at byte " + std::to_string(pos_));
    }

    void skip_space() {
        while (pos_ < s_.size() &&
               (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\r' || s_[pos_] == '\t'))
            ++pos_;
    }

    char peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }

    void expect(char c) {
        if (peek() != c)
            fail(std::string("expected '") + c + "'");
        ++pos_;
    }

    void literal(std::string_view word) {
        if (s_.substr(pos_, word.size()) != word)
            fail("bad literal");
        pos_ += word.size();
    }

    JsonValue value(int depth) {
        if (depth > 64)
            fail("nesting too deep");
        skip_space();
        JsonValue v;
        switch (peek()) {
        case '{':
            object(v, depth);
            break;
        case '[':
            array(v, depth);
            break;
        case '"':
            v.type = JsonValue::Type::String;
            v.string = string();
            break;
        case 't':
            literal("true");
            v.type = JsonValue::Type::Boolean;
            v.boolean = true;
            break;
        case 'f':
            literal("false");
            v.type = JsonValue::Type::Boolean;
            break;
        case 'n':
            literal("null");
            break;
        default:
            number(v);
            break;
        }
        return v;
    }

    void object(JsonValue& v, int depth) {
        v.type = JsonValue::Type::Object;
        expect('{');
        skip_space();
        if (peek() == '}') {
            ++pos_;
            return;
        }
        for (;;) {
            skip_space();
            std::string key = string();
            skip_space();
            expect(':');
            v.members.emplace_back(std::move(key), value(depth + 1));
            skip_space();
            if (peek() == ',') {
                ++pos_;
                continue;
            }
            expect('}');
            return;
        }
    }

    void array(JsonValue& v, int depth) {
        v.type = JsonValue::Type::Array;
        expect('[');
        skip_space();
        if (peek() == ']') {
            ++pos_;
            return;
        }
        for (;;) {
            v.items.push_back(value(depth + 1));
            skip_space();
            if (peek() == ',') {
                ++pos_;
                continue;
            }
            expect(']');
            return;
        }
    }

    static bool is_digit(char c) { return c >= '0' && c <= '9'; }

    void digits() {
        if (!is_digit(peek()))
            fail("expected a digit");
        while (is_digit(peek()))
            ++pos_;
    }

    void number(JsonValue& v) {
        const size_t start = pos_;
        if (peek() == '-')
            ++pos_;
        if (peek() == '0')
            ++pos_;
        else
            digits();
        if (peek() == '.') {
            ++pos_;
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            ++pos_;
            if (peek() == '+' || peek() == '-')
                ++pos_;
            digits();
        }
        v.type = JsonValue::Type::Number;
        v.number = std::strtod(std::string(s_.substr(start, pos_ - start)).c_str(), nullptr);
    }

    unsigned hex4() {
        if (pos_ + 4 > s_.size())
            fail("short \\u escape");
        unsigned value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = s_[pos_++];
            value <<= 4;
            if (is_digit(c))
                value |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f')
                value |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                value |= static_cast<unsigned>(c - 'A' + 10);
            else
                fail("bad hex digit");
        }
        return value;
    }

    char32_t unicode_escape() {
        const unsigned first = hex4();
        if (first >= 0xDC00 && first <= 0xDFFF)
            fail("unpaired low surrogate escape");
        if (first < 0xD800 || first > 0xDBFF)
            return first;
        if (s_.substr(pos_, 2) != "\\u")
            fail("unpaired high surrogate escape");
        pos_ += 2;
        const unsigned second = hex4();
        if (second < 0xDC00 || second > 0xDFFF)
            fail("unpaired high surrogate escape");
        return 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
    }

    std::string string() {
        expect('"');
        std::string out;
        for (;;) {
            if (pos_ >= s_.size())
                fail("unterminated string");
            const auto c = static_cast<unsigned char>(s_[pos_]);
            if (c == '"') {
                ++pos_;
                return out;
            }
            if (c < 0x20)
                fail("raw control character in a string");
            if (c == '\\') {
                ++pos_;
                const char e = peek();
                ++pos_;
                switch (e) {
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
                case 'u':
                    append_utf8(out, unicode_escape());
                    break;
                default:
                    fail("bad escape");
                }
                continue;
            }
            const size_t start = pos_;
            if (next_code_point(s_, pos_) < 0)
                fail("ill-formed UTF-8");
            out.append(s_.substr(start, pos_ - start));
        }
    }

    std::string_view s_;
    size_t pos_ = 0;
};

void collect_span_problems(const JsonValue& value, const std::u32string& text,
                           const std::string& where, std::vector<std::string>& problems) {
    if (value.type == JsonValue::Type::Array) {
        for (size_t i = 0; i < value.items.size(); ++i)
            collect_span_problems(value.items[i], text, where + "[" + std::to_string(i) + "]",
                                  problems);
        return;
    }
    if (value.type != JsonValue::Type::Object)
        return;
    if (!where.empty() && value.has("start") && value.has("end")) {
        const int64_t start = value["start"].integer();
        const int64_t end = value["end"].integer();
        if (start < 0 || start > end || end > static_cast<int64_t>(text.size())) {
            problems.push_back(where + ": offsets out of range");
        } else if (value.has("text")) {
            const std::u32string slice =
                text.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
            if (decode_utf8(value["text"].string) != slice)
                problems.push_back(where + ": text differs from the slice " +
                                   std::to_string(start) + ".." + std::to_string(end));
        }
    }
    for (const auto& [key, member] : value.members)
        collect_span_problems(member, text, where + "." + key, problems);
}

} // namespace

bool JsonValue::has(std::string_view key) const {
    for (const auto& member : members)
        if (member.first == key)
            return true;
    return false;
}

const JsonValue& JsonValue::operator[](std::string_view key) const {
    if (type == Type::Object)
        for (const auto& member : members)
            if (member.first == key)
                return member.second;
    throw std::out_of_range("no member " + std::string(key));
}

const JsonValue& JsonValue::operator[](size_t index) const {
    if (type != Type::Array || index >= items.size())
        throw std::out_of_range("no element " + std::to_string(index));
    return items[index];
}

int64_t JsonValue::integer() const {
    if (type != Type::Number || number != static_cast<double>(static_cast<int64_t>(number)))
        throw std::out_of_range("not an integer");
    return static_cast<int64_t>(number);
}

ParseResult parse_json(std::string_view text) {
    return Parser(text).parse();
}

std::u32string decode_utf8(std::string_view utf8) {
    std::u32string out;
    for (size_t pos = 0; pos < utf8.size();) {
        const long c = next_code_point(utf8, pos);
        if (c < 0)
            throw std::invalid_argument("ill-formed UTF-8");
        out.push_back(static_cast<char32_t>(c));
    }
    return out;
}

std::vector<std::string> span_problems(const JsonValue& document) {
    std::vector<std::string> problems;
    collect_span_problems(document, decode_utf8(document["text"].string), "", problems);
    return problems;
}

JsonValue parse(const std::string& json) {
    const ParseResult parsed = parse_json(json);
    INFO(parsed.error);
    REQUIRE(parsed.ok);
    return parsed.value;
}

} // namespace whosaid::test
