#include "support/json_builder.h"

#include <array>
#include <charconv>
#include <cmath>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace whosaid::support {

namespace {

constexpr char32_t replacement_character = 0xFFFD;

// ASCII that JSON allows inside a string as is.
bool is_plain_ascii(char32_t c) {
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

// Collects escaped output in a local block and appends it to the string a block at a time:
// writing character by character into std::string costs a capacity check per byte.
class EscapedWriter {
public:
    explicit EscapedWriter(std::string& out) : out_(out) {}
    ~EscapedWriter() { out_.append(buffer_.data(), used_); }
    EscapedWriter(const EscapedWriter&) = delete;
    EscapedWriter& operator=(const EscapedWriter&) = delete;

    void plain(char c) {
        make_room();
        buffer_[used_++] = c;
    }

    // Any code point: escaped when JSON requires it, UTF-8 otherwise.
    void code_point(char32_t c) {
        make_room();
        if (is_plain_ascii(c))
            buffer_[used_++] = static_cast<char>(c);
        else if (c < 0x80)
            escaped_ascii(c);
        else
            utf8(c);
    }

private:
    // Every write adds at most 6 bytes.
    void make_room() {
        if (used_ + 6 > buffer_.size()) {
            out_.append(buffer_.data(), used_);
            used_ = 0;
        }
    }

    void put(char c) { buffer_[used_++] = c; }

    void escaped_ascii(char32_t c) {
        put('\\');
        switch (c) {
        case '"':
            put('"');
            return;
        case '\\':
            put('\\');
            return;
        case '\b':
            put('b');
            return;
        case '\f':
            put('f');
            return;
        case '\n':
            put('n');
            return;
        case '\r':
            put('r');
            return;
        case '\t':
            put('t');
            return;
        default:
            break;
        }
        static constexpr char hex[] = "0123456789abcdef";
        put('u');
        put('0');
        put('0');
        put(hex[(c >> 4) & 0xF]);
        put(hex[c & 0xF]);
    }

    void utf8(char32_t c) {
        if (c < 0x800) {
            put(static_cast<char>(0xC0 | (c >> 6)));
        } else if (c < 0x10000) {
            put(static_cast<char>(0xE0 | (c >> 12)));
            put(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        } else {
            put(static_cast<char>(0xF0 | (c >> 18)));
            put(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
            put(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        }
        put(static_cast<char>(0x80 | (c & 0x3F)));
    }

    std::string& out_;
    std::array<char, 1024> buffer_;
    size_t used_ = 0;
};

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
void JsonBuilder::begin_array(Layout layout) {
    open('[', layout);
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
    {
        EscapedWriter writer(out_);
        const char16_t* s = text.data();
        const size_t length = text.size();
        for (size_t i = 0; i < length;) {
            const char16_t unit = s[i++];
            if (is_plain_ascii(unit)) {
                writer.plain(static_cast<char>(unit));
            } else if (!U16_IS_SURROGATE(unit)) {
                writer.code_point(unit);
            } else if (U16_IS_SURROGATE_LEAD(unit) && i < length && U16_IS_TRAIL(s[i])) {
                writer.code_point(static_cast<char32_t>(U16_GET_SUPPLEMENTARY(unit, s[i])));
                ++i;
            } else {
                writer.code_point(replacement_character);
            }
        }
    }
    out_.push_back('"');
}

void JsonBuilder::string_utf8(std::string_view text) {
    before_value();
    out_.push_back('"');
    {
        EscapedWriter writer(out_);
        const auto* s = reinterpret_cast<const uint8_t*>(text.data());
        const int32_t length = static_cast<int32_t>(text.size());
        for (int32_t i = 0; i < length;) {
            if (is_plain_ascii(s[i])) {
                writer.plain(static_cast<char>(s[i++]));
                continue;
            }
            UChar32 c;
            U8_NEXT(s, i, length, c);
            writer.code_point(c < 0 ? replacement_character : static_cast<char32_t>(c));
        }
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

} // namespace whosaid::support
