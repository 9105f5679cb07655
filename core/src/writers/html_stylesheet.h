#pragma once

#include "writers/html_ids.h"

#include <string>
#include <string_view>

namespace whosaid::writers {

// The page's fixed stylesheet: Okabe–Ito colours each paired with a non-colour cue (an
// underline style per entity kind, bold speakers, framed sources, bold quotation marks),
// light and dark schemes, and a print sheet that keeps every cue in black and white.
std::string_view base_stylesheet();

// The colours of the marked kinds (light and dark schemes) and the rules that draw each
// kind's cues, generated from whosaid/highlight_palette.h so that the page draws every
// kind as the reader's window does. Goes before base_stylesheet(), whose print sheet
// overrides the colours.
std::string palette_rules();

// One rule per entity: when its index entry or one of its mentions is the URL target, or
// a mention is hovered, every mention of that entity is outlined. No script needed.
std::string entity_highlight_rules(const HtmlIds& ids, size_t entity_count);

} // namespace whosaid::writers
