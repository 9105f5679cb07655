#pragma once

#include "quotes/document_view.h"

#include <cstddef>

namespace whosaid::quotes {

// The token after an aside between commas that opens a reported clause right after its
// speech verb ("said, however, that", "told reporters, in a statement, that", "a affirmé,
// toutefois, qu'"), so that the clause is read as the verb's complement; from when no such
// aside starts at from. The aside holds a few words only, none of them quoted.
size_t past_report_aside(const DocumentView& view, size_t from, size_t to);

} // namespace whosaid::quotes
