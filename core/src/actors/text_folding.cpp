#include "actors/text_folding.h"

#include <unicode/uchar.h>

namespace whosaid::actors {

namespace {

// Base letters of U+00C0..U+00FF; '\0' keeps the character (lower-cased).
constexpr char16_t kLatin1[64] = {
    u'a', u'a', u'a', u'a', u'a', u'a', 0,    u'c', u'e', u'e', u'e', u'e', u'i', u'i', u'i', u'i',
    0,    u'n', u'o', u'o', u'o', u'o', u'o', 0,    u'o', u'u', u'u', u'u', u'u', u'y', 0,    0,
    u'a', u'a', u'a', u'a', u'a', u'a', 0,    u'c', u'e', u'e', u'e', u'e', u'i', u'i', u'i', u'i',
    0,    u'n', u'o', u'o', u'o', u'o', u'o', 0,    u'o', u'u', u'u', u'u', u'u', u'y', 0,    u'y'};

// Base letters of U+0100..U+017F (Latin Extended-A).
constexpr std::u16string_view kLatinExtendedA =
    u"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllllllln"
    u"nnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

} // namespace

char16_t fold_unit(char16_t c) {
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? static_cast<char16_t>(c + 32) : c;
    if (c >= 0xC0 && c <= 0xFF) {
        const char16_t base = kLatin1[c - 0xC0];
        return base != 0 ? base : static_cast<char16_t>(u_tolower(c));
    }
    if (c >= 0x100 && c <= 0x17F)
        return kLatinExtendedA[c - 0x100];
    if (c >= 0x300 && c <= 0x36F)
        return 0;
    switch (c) {
    case 0x2019:
    case 0x2018:
    case 0x02BC:
    case 0x00B4:
        return u'\'';
    case 0x2010:
    case 0x2011:
        return u'-';
    case 0x00A0:
    case 0x202F:
    case 0x2009:
        return u' ';
    default:
        break;
    }
    if (c >= 0xD800 && c <= 0xDFFF)
        return c;
    return static_cast<char16_t>(u_tolower(c));
}

std::u16string fold_key(std::u16string_view text) {
    std::u16string out;
    out.reserve(text.size());
    for (char16_t c : text) {
        char16_t folded = fold_unit(c);
        if (folded == u'\t' || folded == u'\n' || folded == u'\r')
            folded = u' ';
        if (folded == 0 || (folded == u' ' && (out.empty() || out.back() == u' ')))
            continue;
        out.push_back(folded);
    }
    while (!out.empty() && out.back() == u' ')
        out.pop_back();
    return out;
}

} // namespace whosaid::actors
