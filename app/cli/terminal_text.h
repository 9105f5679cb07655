#pragma once

#include <string>
#include <string_view>

namespace whosaid::cli {

// message made safe to print on a terminal: C0 and C1 control characters, DEL and the
// bidirectional controls (U+200E/F, U+202A–U+202E, U+2066–U+2069), which a file name may
// hold and which would move the cursor, change colours or reverse the line, are written as
// \xHH or \u{HHHH}; bytes that are not UTF-8 as \xHH. Everything else is kept.
std::string terminal_safe(std::string_view message);

} // namespace whosaid::cli
