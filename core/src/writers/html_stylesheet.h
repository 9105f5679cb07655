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
// The stylesheet of a page for paper (HtmlOptions::paper): black on white, plain values and
// simple selectors only (no variables, no layout), so that a simple renderer such as a word
// processor or Qt's rich text reads it. Each kind keeps a cue that survives grey printing:
// quotations italic on a pale grey, speakers bold, speaker tags in small sans serif. The text
// of each entity kind is its own near-black (#000001 person, #000002 organization, #000003
// place, #000004 media): the same as black on paper, it lets a renderer that has underline
// styles but no CSS for them (Qt's rich text) draw each kind as the reader's window does.
std::string_view paper_stylesheet();

// One rule per entity: when its index entry or one of its mentions is the URL target, or
// a mention is hovered, every mention of that entity is outlined. No script needed.
std::string entity_highlight_rules(const HtmlIds& ids, size_t entity_count);

} // namespace whosaid::writers
