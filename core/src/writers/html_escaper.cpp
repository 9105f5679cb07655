#include "writers/html_escaper.h"

#include "whosaid/unicode_text.h"

#include <unicode/utf16.h>
#include <unicode/utf8.h>

namespace whosaid::writers {
namespace {

// HTML5 makes these parse errors ("control-character-in-input-stream",
// "noncharacter-in-input-stream"); a strict parser rejects the page if they slip through.
bool forbidden_in_html(UChar32 c) {
    if (c < 0x20)
        return c != u'\t' && c != u'\n' && c != u'\r';
    if (c >= 0x7F && c <= 0x9F)
        return true;
    if (c >= 0xFDD0 && c <= 0xFDEF)
        return true;
    return (c & 0xFFFE) == 0xFFFE || U_IS_SURROGATE(c);
}

// The controls that open an embedding, override or isolate, whose effect runs past the end
// of the name that holds them.
bool is_bidi_control(UChar32 c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

void append_code_point(std::string& out, UChar32 c) {
    switch (c) {
    case u'&':
        out += "&amp;";
        return;
    case u'<':
        out += "&lt;";
        return;
    case u'>':
        out += "&gt;";
        return;
    case u'"':
        out += "&quot;";
        return;
    case u'\'':
        out += "&#39;";
        return;
    default:
        break;
    }
    if (forbidden_in_html(c))
        c = 0xFFFD;
    uint8_t buffer[4];
    int32_t n = 0;
    U8_APPEND_UNSAFE(buffer, n, c);
    out.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(n));
}

} // namespace

void append_escaped(std::string& out, std::u16string_view text) {
    const char16_t* s = text.data();
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U16_NEXT(s, i, length, c);
        append_code_point(out, c);
    }
}

void append_escaped_utf8(std::string& out, std::string_view utf8) {
    append_escaped(out, to_utf16(utf8));
}

void append_escaped_name(std::string& out, std::u16string_view name) {
    const char16_t* s = name.data();
    const auto length = static_cast<int32_t>(name.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U16_NEXT(s, i, length, c);
        if (!is_bidi_control(c))
            append_code_point(out, c);
    }
}

void append_isolated_name(std::string& out, std::u16string_view name) {
    out += "<bdi>";
    append_escaped_name(out, name);
    out += "</bdi>";
}

} // namespace whosaid::writers
