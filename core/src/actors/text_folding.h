#pragma once

#include <string>
#include <string_view>

namespace whosaid::actors {

// Cheap per-character folding for lookup keys: lower case, Latin accents removed,
// typographic apostrophes and hyphens made ASCII, no-break spaces made spaces.
// Returns 0 for characters that the key drops (combining marks). Unlike
// fold_for_matching it needs no normalizer, so it can run on every token.
char16_t fold_unit(char16_t unit);

// The folded form of text with runs of spaces collapsed to one and no outer spaces.
std::u16string fold_key(std::u16string_view text);

} // namespace whosaid::actors
