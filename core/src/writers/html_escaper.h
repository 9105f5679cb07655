#pragma once

#include <string>
#include <string_view>

namespace whosaid::writers {

// Appends text as UTF-8 with &, <, >, " and ' escaped, so the result is inert both as
// element content and inside a quoted attribute value. Characters HTML forbids in a
// document (NUL, other C0/C1 controls but tab, line feed and carriage return,
// noncharacters, unpaired surrogates) become U+FFFD.
void append_escaped(std::string& out, std::u16string_view text);

// The same for UTF-8 input (options, paths); invalid UTF-8 becomes U+FFFD.
void append_escaped_utf8(std::string& out, std::string_view utf8);

} // namespace whosaid::writers
