#include "json_builder.h"

#include <array>
#include <charconv>
#include <cmath>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace whosaid {

namespace {

constexpr char32_t replacement_character = 0xFFFD;

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

// ASCII that JSON allows inside a string as is.
bool is_plain_ascii(char32_t c) {
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

// Escapes an ASCII character that is not plain: quotes, backslash, control characters.
void append_escaped_ascii(std::string& out, char32_t c) {
    switch (c) {
    case '"':
        out += "\\\"";
        return;
    case '\\':
        out += "\\\\";
        return;
    case '\b':
        out += "\\b";
        return;
    case '\f':
        out += "\\f";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    default:
        break;
    }
    static constexpr char hex[] = "0123456789abcdef";
    out += "\\u00";
    out.push_back(hex[(c >> 4) & 0xF]);
    out.push_back(hex[c & 0xF]);
}

void append_code_point(std::string& out, char32_t c) {
    if (is_plain_ascii(c))
        out.push_back(static_cast<char>(c));
    else if (c < 0x80)
        append_escaped_ascii(out, c);
    else
        append_utf8(out, c);
}

} // namespace

JsonBuilder::JsonBuilder(bool pretty, size_t reserve_bytes) : pretty_(pretty) {
    out_.reserve(reserve_bytes);
}

void JsonBuilder::new_line() {
    out_.push_back('\n');
    out_.append(2 * levels_.size(), ' ');
}

void JsonBuilder::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (levels_.empty())
        return;
    Level& level = levels_.back();
    const bool first = level.count++ == 0;
    if (!first)
        out_.push_back(',');
    if (!pretty_)
        return;
    if (!level.inline_layout)
        new_line();
    else if (!first)
        out_.push_back(' ');
}

void JsonBuilder::open(char bracket, Layout layout) {
    before_value();
    out_.push_back(bracket);
    const bool inside_inline = !levels_.empty() && levels_.back().inline_layout;
    levels_.push_back(Level{0, inside_inline || layout == Layout::Inline});
}

void JsonBuilder::close(char bracket) {
    const Level level = levels_.back();
    levels_.pop_back();
    if (pretty_ && level.count > 0 && !level.inline_layout)
        new_line();
    out_.push_back(bracket);
}

void JsonBuilder::begin_object(Layout layout) {
    open('{', layout);
}
void JsonBuilder::end_object() {
    close('}');
}
void JsonBuilder::begin_array() {
    open('[', Layout::Block);
}
void JsonBuilder::end_array() {
    close(']');
}

void JsonBuilder::key(std::string_view name) {
    before_value();
    out_.push_back('"');
    out_.append(name);
    out_ += pretty_ ? "\": " : "\":";
    after_key_ = true;
}

void JsonBuilder::string(std::u16string_view text) {
    before_value();
    out_.push_back('"');
    const char16_t* s = text.data();
    const int32_t length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        const char16_t unit = s[i];
        if (is_plain_ascii(unit)) {
            out_.push_back(static_cast<char>(unit));
            ++i;
            continue;
        }
        UChar32 c;
        U16_NEXT(s, i, length, c);
        append_code_point(out_,
                          U_IS_SURROGATE(c) ? replacement_character : static_cast<char32_t>(c));
    }
    out_.push_back('"');
}

void JsonBuilder::string_utf8(std::string_view text) {
    before_value();
    out_.push_back('"');
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const int32_t length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        if (is_plain_ascii(s[i])) {
            out_.push_back(static_cast<char>(s[i]));
            ++i;
            continue;
        }
        UChar32 c;
        U8_NEXT(s, i, length, c);
        append_code_point(out_, c < 0 ? replacement_character : static_cast<char32_t>(c));
    }
    out_.push_back('"');
}

void JsonBuilder::integer(int64_t value) {
    before_value();
    std::array<char, 24> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    out_.append(buffer.data(), result.ptr);
}

void JsonBuilder::number(double value) {
    before_value();
    if (!std::isfinite(value))
        value = 0.0;
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    out_.append(buffer.data(), result.ptr);
}

void JsonBuilder::boolean(bool value) {
    before_value();
    out_ += value ? "true" : "false";
}

void JsonBuilder::null() {
    before_value();
    out_ += "null";
}

std::string JsonBuilder::take() {
    std::string result = std::move(out_);
    out_.clear();
    levels_.clear();
    after_key_ = false;
    return result;
}

} // namespace whosaid
