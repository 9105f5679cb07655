#pragma once

#include <string>

namespace whosaid::text {

// The cleaning every loaded text goes through, whatever its format.
class TextNormalizer {
public:
    // Removes a leading U+FEFF and makes every line end \n: CRLF, CR, NEL (U+0085), line
    // separator (U+2028) and paragraph separator (U+2029). Runs before format extraction so
    // the HTML and Markdown readers only ever see \n.
    void unify_line_ends(std::u16string& text) const;

    // NFC, then spaces and tabs at the end of each line removed (they carry no meaning and
    // would otherwise end up inside paragraph spans). No-break spaces (U+00A0, U+202F) and
    // every other character are kept.
    void finish(std::u16string& text) const;

private:
    static void compose(std::u16string& text);
    static void trim_line_ends(std::u16string& text);
};

} // namespace whosaid::text
