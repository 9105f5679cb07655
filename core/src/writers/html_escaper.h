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

// A name that may come from a person (an actor name, a description, a corrections file)
// escaped for an attribute value: the bidirectional embedding, override and isolate
// controls (U+202A–U+202E, U+2066–U+2069) are dropped, so that a name cannot reverse the
// text around it.
void append_escaped_name(std::string& out, std::u16string_view name);

// The same name as element content, inside <bdi>…</bdi>: a right-to-left name stays
// isolated from the label and punctuation around it.
void append_isolated_name(std::string& out, std::u16string_view name);

} // namespace whosaid::writers
