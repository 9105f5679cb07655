#include "terminal_text.h"

#include <cstdint>
#include <cstdio>

namespace whosaid::cli {

namespace {

std::string escaped_byte(unsigned char byte) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "\\x%02X", byte);
    return buffer;
}

std::string escaped_code_point(char32_t c) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "\\u{%04X}", static_cast<unsigned>(c));
    return buffer;
}

bool is_hidden(char32_t c) {
    return (c >= 0x80 && c <= 0x9F) || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

// The length of the UTF-8 sequence at text[i] and its code point; 0 when ill-formed.
size_t decode(std::string_view text, size_t i, char32_t& c) {
    const auto byte = [&](size_t k) {
        return static_cast<unsigned char>(text[k]);
    };
    const unsigned char lead = byte(i);
    size_t length = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        c = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        c = lead & 0x0Fu;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        c = lead & 0x07u;
    } else {
        return 0;
    }
    if (i + length > text.size())
        return 0;
    for (size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0u) != 0x80u)
            return 0;
        c = (c << 6) | (byte(i + k) & 0x3Fu);
    }
    const bool overlong = (length == 3 && c < 0x800) || (length == 4 && c < 0x10000);
    if (overlong || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    return length;
}

} // namespace

std::string terminal_safe(std::string_view message) {
    std::string out;
    out.reserve(message.size());
    for (size_t i = 0; i < message.size();) {
        const auto byte = static_cast<unsigned char>(message[i]);
        if (byte < 0x80) {
            out += byte < 0x20 || byte == 0x7F ? escaped_byte(byte) : std::string(1, message[i]);
            ++i;
            continue;
        }
        char32_t c = 0;
        const size_t length = decode(message, i, c);
        if (length == 0) {
            out += escaped_byte(byte);
            ++i;
        } else {
            out += is_hidden(c) ? escaped_code_point(c) : std::string(message.substr(i, length));
            i += length;
        }
    }
    return out;
}

} // namespace whosaid::cli
