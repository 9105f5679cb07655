#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::support {

// Streams JSON into one string. The caller drives the structure (objects, arrays, keys,
// values); the builder places commas, escapes strings and, when pretty, indents by two
// spaces with one member or element per line, except in containers opened as inline (small
// records such as spans), which stay on one line. Misuse (a value where a key is needed) is a
// programming error: it is not checked in release builds.
class JsonBuilder {
public:
    JsonBuilder(bool pretty, size_t reserve_bytes);

    enum class Layout { Block, Inline };

    // Inline applies to the container and everything inside it; it only matters when pretty.
    void begin_object(Layout layout = Layout::Block);
    void end_object();
    void begin_array(Layout layout = Layout::Block);
    void end_array();
    // A member name; the next call writes its value. Names are ASCII literals, not escaped.
    void key(std::string_view name);

    // UTF-16 text; unpaired surrogates become U+FFFD.
    void string(std::u16string_view text);
    // UTF-8 text; invalid bytes become U+FFFD.
    void string_utf8(std::string_view text);
    void integer(int64_t value);
    // Shortest decimal form that reads back as the same double; NaN and infinities are
    // not JSON and become 0.
    void number(double value);
    void boolean(bool value);
    void null();

    // The finished document; the builder is empty afterwards.
    std::string take();

private:
    void before_value();
    void open(char bracket, Layout layout);
    void close(char bracket);
    void new_line();

    std::string out_;
    bool pretty_;
    bool after_key_ = false;
    struct Level {
        uint32_t count = 0; // members or elements written so far
        bool inline_layout = false;
    };
    std::vector<Level> levels_; // the open containers, outermost first
};

} // namespace whosaid::support
