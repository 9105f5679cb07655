#pragma once

#include <cstddef>
#include <string_view>

namespace whosaid::text {

// A character reference found in HTML text.
struct CharacterReference {
    char32_t code_point = 0;
    std::size_t length = 0; // UTF-16 units consumed from the '&'; 0 when it is not a reference
};

// Decodes HTML character references: numeric (&#233; &#xE9;) and named. The named ones are
// all of Latin-1 (&eacute; &nbsp; &laquo;...) plus the typographic and common HTML5 names
// news pages use (&rsquo; &hellip; &mdash; &euro; &oelig;...). As in browsers, the Latin-1
// names and &amp; &lt; &gt; &quot; also work without the semicolon ("&copy 2014").
class HtmlEntityDecoder {
public:
    // Precondition: text[pos] == '&'.
    CharacterReference decode(std::u16string_view text, std::size_t pos) const;

private:
    static CharacterReference decode_numeric(std::u16string_view text, std::size_t pos);
    static CharacterReference decode_named(std::u16string_view text, std::size_t pos);
};

} // namespace whosaid::text
