#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace whosaid::text {

// The attributes the HTML extractor reads; the others are skipped.
enum class HtmlAttribute {
    Class,
    Id,
    Role,
    Itemprop,
    Property, // <meta property="og:title">
    Name,     // <meta name="author">
    Content,  // <meta content="...">
    Rel,      // <link rel="canonical">, <a rel="author">
    Href,
    Datetime, // <time datetime="...">
    Hidden,   // present (even without a value) means hidden
    AriaHidden,
    Type, // <script type="application/ld+json">
    Count_
};

// A start or end tag. Names longer than any known element are left empty: they are unknown.
// Attribute values are views into the page, character references not decoded.
struct HtmlTag {
    static constexpr std::size_t kMaxName = 15;
    std::array<char, kMaxName> name_buffer{};
    std::size_t name_length = 0;
    bool end = false;
    bool self_closing = false;
    std::size_t next = 0; // the position after the tag
    std::array<std::u16string_view, static_cast<std::size_t>(HtmlAttribute::Count_)> values{};
    std::array<bool, static_cast<std::size_t>(HtmlAttribute::Count_)> present{};

    std::string_view name() const { return {name_buffer.data(), name_length}; }
    std::u16string_view value(HtmlAttribute attribute) const {
        return values[static_cast<std::size_t>(attribute)];
    }
    bool has(HtmlAttribute attribute) const { return present[static_cast<std::size_t>(attribute)]; }
};

// Parses the tag at lt. Precondition: html[lt] == '<' followed by a letter or by '/' and a
// letter. Tolerates malformed markup: an unterminated quote ends the tag at the next '>'.
HtmlTag parse_html_tag(std::u16string_view html, std::size_t lt);

// Position of the "</name" (any case) that ends a raw text element, or npos.
std::size_t find_html_end_tag(std::u16string_view html, std::size_t from, std::string_view name);

bool is_html_space(char16_t c);
char16_t ascii_lower(char16_t c);
// Whether text equals ascii (lowercase) ignoring ASCII case.
bool equals_ascii_lower(std::u16string_view text, std::string_view ascii);

} // namespace whosaid::text
