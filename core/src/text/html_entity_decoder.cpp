#include "text/html_entity_decoder.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace whosaid::text {

namespace {

struct NamedEntity {
    std::string_view name;
    char32_t code_point;
    bool legacy; // recognized without a semicolon
};

// Names of U+00A0..U+00FF, in code point order.
constexpr std::array<std::string_view, 96> kLatin1Names = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",
    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn",
    "sup2",   "sup3",   "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",
    "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde",
    "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave",
    "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde",
    "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",
    "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",   "eth",
    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml",
};

constexpr NamedEntity kOtherEntities[] = {
    {"amp", U'&', true},
    {"lt", U'<', true},
    {"gt", U'>', true},
    {"quot", U'"', true},
    {"apos", U'\'', false},
    {"AMP", U'&', true},
    {"LT", U'<', true},
    {"GT", U'>', true},
    {"QUOT", U'"', true},
    {"COPY", U'\u00A9', true},
    {"REG", U'\u00AE', true},
    {"OElig", U'\u0152', false},
    {"oelig", U'\u0153', false},
    {"Scaron", U'\u0160', false},
    {"scaron", U'\u0161', false},
    {"Yuml", U'\u0178', false},
    {"fnof", U'\u0192', false},
    {"circ", U'\u02C6', false},
    {"tilde", U'\u02DC', false},
    {"ensp", U'\u2002', false},
    {"emsp", U'\u2003', false},
    {"thinsp", U'\u2009', false},
    {"zwnj", U'\u200C', false},
    {"zwj", U'\u200D', false},
    {"lrm", U'\u200E', false},
    {"rlm", U'\u200F', false},
    {"hyphen", U'\u2010', false},
    {"dash", U'\u2010', false},
    {"ndash", U'\u2013', false},
    {"mdash", U'\u2014', false},
    {"horbar", U'\u2015', false},
    {"lsquo", U'\u2018', false},
    {"rsquo", U'\u2019', false},
    {"rsquor", U'\u2019', false},
    {"sbquo", U'\u201A', false},
    {"ldquo", U'\u201C', false},
    {"rdquo", U'\u201D', false},
    {"rdquor", U'\u201D', false},
    {"bdquo", U'\u201E', false},
    {"dagger", U'\u2020', false},
    {"Dagger", U'\u2021', false},
    {"bull", U'\u2022', false},
    {"bullet", U'\u2022', false},
    {"hellip", U'\u2026', false},
    {"mldr", U'\u2026', false},
    {"permil", U'\u2030', false},
    {"prime", U'\u2032', false},
    {"Prime", U'\u2033', false},
    {"lsaquo", U'\u2039', false},
    {"rsaquo", U'\u203A', false},
    {"oline", U'\u203E', false},
    {"frasl", U'\u2044', false},
    {"euro", U'\u20AC', false},
    {"trade", U'\u2122', false},
    {"TRADE", U'\u2122', false},
    {"larr", U'\u2190', false},
    {"uarr", U'\u2191', false},
    {"rarr", U'\u2192', false},
    {"darr", U'\u2193', false},
    {"harr", U'\u2194', false},
    {"minus", U'\u2212', false},
    {"le", U'\u2264', false},
    {"ge", U'\u2265', false},
    {"ne", U'\u2260', false},
    {"asymp", U'\u2248', false},
    {"infin", U'\u221E', false},
    {"NoBreak", U'\u2060', false},
    {"NonBreakingSpace", U'\u00A0', false},
    {"loz", U'\u25CA', false},
    {"alpha", U'\u03B1', false},
    {"beta", U'\u03B2', false},
    {"gamma", U'\u03B3', false},
    {"delta", U'\u03B4', false},
    {"mu", U'\u03BC', false},
    {"pi", U'\u03C0', false},
    {"sigma", U'\u03C3', false},
    {"Omega", U'\u03A9', false},
    {"check", U'\u2713', false},
    {"star", U'\u2606', false},
    {"starf", U'\u2605', false},
    {"phone", U'\u260E', false},
};

// Every entity sorted by name, for binary search.
const std::vector<NamedEntity>& entity_table() {
    static const std::vector<NamedEntity> table = [] {
        std::vector<NamedEntity> entries(std::begin(kOtherEntities), std::end(kOtherEntities));
        for (std::size_t k = 0; k < kLatin1Names.size(); ++k)
            entries.push_back({kLatin1Names[k], static_cast<char32_t>(0xA0 + k), true});
        const auto by_name = [](const NamedEntity& a, const NamedEntity& b) {
            return a.name < b.name;
        };
        std::sort(entries.begin(), entries.end(), by_name);
        return entries;
    }();
    return table;
}

const NamedEntity* find_entity(std::string_view name) {
    const std::vector<NamedEntity>& table = entity_table();
    const auto found = std::lower_bound(
        table.begin(), table.end(), name,
        [](const NamedEntity& entry, std::string_view key) { return entry.name < key; });
    return (found != table.end() && found->name == name) ? &*found : nullptr;
}

bool is_ascii_alnum(char16_t c) {
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

int hex_value(char16_t c) {
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

// HTML maps &#128;..&#159; to what windows-1252 puts there: pages written in that encoding
// emitted them for € ’ “ ” and friends.
char32_t windows1252_c1(char32_t value) {
    static constexpr char16_t kTable[32] = {
        u'\u20AC', u'\u0081', u'\u201A', u'\u0192', u'\u201E', u'\u2026', u'\u2020', u'\u2021',
        u'\u02C6', u'\u2030', u'\u0160', u'\u2039', u'\u0152', u'\u008D', u'\u017D', u'\u008F',
        u'\u0090', u'\u2018', u'\u2019', u'\u201C', u'\u201D', u'\u2022', u'\u2013', u'\u2014',
        u'\u02DC', u'\u2122', u'\u0161', u'\u203A', u'\u0153', u'\u009D', u'\u017E', u'\u0178',
    };
    return kTable[value - 0x80];
}

// Longest entity name worth looking up; longer runs are never references.
constexpr std::size_t kMaxNameLength = 32;

} // namespace

CharacterReference HtmlEntityDecoder::decode(std::u16string_view text, std::size_t pos) const {
    if (pos + 1 < text.size() && text[pos + 1] == u'#')
        return decode_numeric(text, pos);
    return decode_named(text, pos);
}

CharacterReference HtmlEntityDecoder::decode_numeric(std::u16string_view text, std::size_t pos) {
    std::size_t i = pos + 2;
    const bool hex = i < text.size() && (text[i] == u'x' || text[i] == u'X');
    if (hex)
        ++i;
    const std::size_t digits_start = i;
    char32_t value = 0;
    bool too_large = false;
    for (; i < text.size(); ++i) {
        const int digit = hex                                    ? hex_value(text[i])
                          : (text[i] >= u'0' && text[i] <= u'9') ? text[i] - u'0'
                                                                 : -1;
        if (digit < 0)
            break;
        if (value > 0x10FFFF)
            too_large = true;
        else
            value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
    }
    if (i == digits_start)
        return {};
    if (i < text.size() && text[i] == u';')
        ++i;
    char32_t code_point = value;
    if (too_large || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        code_point = 0xFFFD;
    else if (value >= 0x80 && value <= 0x9F)
        code_point = windows1252_c1(value);
    return {code_point, i - pos};
}

CharacterReference HtmlEntityDecoder::decode_named(std::u16string_view text, std::size_t pos) {
    std::size_t end = pos + 1;
    while (end < text.size() && end - pos - 1 < kMaxNameLength && is_ascii_alnum(text[end]))
        ++end;
    if (end == pos + 1)
        return {};
    std::string name;
    for (std::size_t i = pos + 1; i < end; ++i)
        name.push_back(static_cast<char>(text[i]));

    if (end < text.size() && text[end] == u';')
        if (const NamedEntity* entity = find_entity(name))
            return {entity->code_point, end + 1 - pos};
    // Without a semicolon only legacy names count, and the longest one that prefixes the run.
    for (std::size_t length = name.size(); length >= 2; --length)
        if (const NamedEntity* entity = find_entity(std::string_view(name).substr(0, length));
            entity != nullptr && entity->legacy)
            return {entity->code_point, length + 1};
    return {};
}

} // namespace whosaid::text
