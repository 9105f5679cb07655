#pragma once

#include <cstdint>
#include <string_view>

namespace whosaid::text {

// What the extractor does with an element.
enum HtmlTrait : std::uint16_t {
    Block = 1,     // starts and ends a paragraph
    Dropped = 2,   // its whole content is page furniture, not article text
    RawText = 4,   // content is not markup: skipped up to the matching end tag
    LineBreak = 8, // <br>
    Title = 16,
    Preformatted = 32,
    Headline = 64,  // <h1>
    Link = 128,     // <a>: its text counts towards a paragraph's share of links
    Metadata = 256, // <meta>, <link>, <time>: read by HtmlPageMetadata
};

// An element the extractor knows, with its traits (HtmlTrait bits).
struct HtmlElement {
    std::string_view name;
    std::uint16_t traits;
};

// The element of that lowercase name, or nullptr for an unknown one (its tags are ignored).
const HtmlElement* find_html_element(std::string_view name);

} // namespace whosaid::text
