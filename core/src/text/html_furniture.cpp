#include "text/html_furniture.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace whosaid::text {

namespace {

// Words (and word pairs written together) of class names and ids that name page furniture.
constexpr std::string_view kFurnitureWords[] = {
    "ad",
    "ads",
    "adslot",
    "advert",
    "advertisement",
    "alire",
    "alireaussi",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "caption",
    "comment",
    "comments",
    "cookie",
    "cookies",
    "credit",
    "credits",
    "lireaussi",
    "menu",
    "modal",
    "morestories",
    "mostread",
    "nav",
    "navigation",
    "newsletter",
    "outbrain",
    "paywall",
    "popular",
    "popup",
    "promo",
    "readalso",
    "readmore",
    "recommended",
    "related",
    "seealso",
    "share",
    "sharing",
    "sidebar",
    "social",
    "sponsored",
    "sronly",
    "subscribe",
    "subscription",
    "taboola",
    "tags",
    "toolbar",
    "visuallyhidden",
    "voiraussi",
    "widget",
};
constexpr std::string_view kBylineWords[] = {"author", "authors", "byline", "signature"};
constexpr std::string_view kDateWords[] = {"date", "pubdate", "published", "timestamp", "updated"};
// First words of layout classes that name what they sit beside: "has-sidebar".
constexpr std::string_view kModifierWords[] = {"has",  "is",   "layout",   "no",
                                               "page", "show", "template", "with"};
// Landmark roles of everything around the article.
constexpr std::string_view kFurnitureRoles[] = {"banner", "complementary", "contentinfo",
                                                "dialog", "navigation",    "search"};

template <std::size_t N> bool contains(const std::string_view (&words)[N], std::string_view word) {
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// The words of one class name or id, lowercase ASCII ("article__share-links" → article,
// share, links); other characters separate words.
std::vector<std::string> words_of(std::u16string_view name) {
    std::vector<std::string> words(1);
    for (char16_t c : name) {
        const char16_t lower = ascii_lower(c);
        if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9'))
            words.back().push_back(static_cast<char>(lower));
        else if (!words.back().empty())
            words.emplace_back();
    }
    if (words.back().empty())
        words.pop_back();
    return words;
}

// Which of the lists the class names and id name, furniture first.
HtmlFurniture::Role role_of_names(std::u16string_view names) {
    HtmlFurniture::Role found = HtmlFurniture::Role::Text;
    std::size_t start = 0;
    while (start < names.size()) {
        std::size_t end = start;
        while (end < names.size() && !is_html_space(names[end]))
            ++end;
        const std::vector<std::string> words = words_of(names.substr(start, end - start));
        start = end + 1;
        if (words.empty() || contains(kModifierWords, words.front()))
            continue;
        for (std::size_t k = 0; k < words.size(); ++k) {
            const std::string pair = k + 1 < words.size() ? words[k] + words[k + 1] : "";
            if (contains(kFurnitureWords, words[k]) || contains(kFurnitureWords, pair))
                return HtmlFurniture::Role::Furniture;
            if (contains(kBylineWords, words[k]))
                found = HtmlFurniture::Role::Byline;
            else if (contains(kDateWords, words[k]) && found == HtmlFurniture::Role::Text)
                found = HtmlFurniture::Role::Date;
        }
    }
    return found;
}

// Lowercase, with the Latin-1 capitals (À, É, Ê…) lowered too and apostrophes unified.
std::u16string folded(std::u16string_view text) {
    std::u16string out(text);
    for (char16_t& c : out) {
        if ((c >= u'A' && c <= u'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7))
            c = static_cast<char16_t>(c + 0x20);
        else if (c == 0x2019)
            c = u'\'';
    }
    return out;
}

// Labels that start a paragraph pointing to another article.
constexpr std::u16string_view kSeeAlsoLeads[] = {
    u"lire aussi",
    u"\u00E0 lire aussi",
    u"a lire aussi",
    u"lire \u00E9galement",
    u"\u00E0 lire \u00E9galement",
    u"voir aussi",
    u"read more",
    u"read also",
    u"also read",
    u"see also",
    u"watch:",
    u"regarder aussi",
};
// Headings of a block of links, when they stand alone.
constexpr std::u16string_view kSeeAlsoHeadings[] = {
    u"related",
    u"related articles",
    u"related stories",
    u"related content",
    u"more on this story",
    u"more stories",
    u"most read",
    u"recommended",
    u"sur le m\u00EAme sujet",
    u"les plus lus",
    u"\u00E0 lire",
    u"nos articles",
    u"dans la m\u00EAme rubrique",
    u"read more",
    u"lire aussi",
    u"\u00E0 lire aussi",
};

} // namespace

HtmlFurniture::Role HtmlFurniture::classify(const HtmlTag& tag) {
    if (tag.has(HtmlAttribute::Hidden) ||
        equals_ascii_lower(tag.value(HtmlAttribute::AriaHidden), "true"))
        return Role::Furniture;
    const std::u16string_view role = tag.value(HtmlAttribute::Role);
    for (std::string_view furniture : kFurnitureRoles)
        if (equals_ascii_lower(role, furniture))
            return Role::Furniture;
    if (equals_ascii_lower(tag.value(HtmlAttribute::Rel), "author") ||
        equals_ascii_lower(tag.value(HtmlAttribute::Itemprop), "author"))
        return Role::Byline;
    if (equals_ascii_lower(tag.value(HtmlAttribute::Itemprop), "datepublished"))
        return Role::Date;
    const Role by_class = role_of_names(tag.value(HtmlAttribute::Class));
    if (by_class == Role::Furniture)
        return by_class;
    const Role by_id = role_of_names(tag.value(HtmlAttribute::Id));
    return by_id == Role::Furniture || by_class == Role::Text ? by_id : by_class;
}

bool HtmlFurniture::is_see_also(std::u16string_view paragraph) {
    constexpr std::size_t kLongest = 300; // a paragraph of the article is longer than a link
    const std::size_t first = paragraph.find_first_not_of(u" \n\u00A0\u25BA\u2192>\u00BB");
    if (first == std::u16string_view::npos || paragraph.size() - first > kLongest)
        return false;
    std::u16string text = folded(paragraph.substr(first));
    while (!text.empty() && (text.back() == u' ' || text.back() == u':' || text.back() == u'\n' ||
                             text.back() == u'\u00A0'))
        text.pop_back();
    for (std::u16string_view heading : kSeeAlsoHeadings)
        if (text == heading)
            return true;
    for (std::u16string_view lead : kSeeAlsoLeads) {
        if (!text.starts_with(lead))
            continue;
        const char16_t next = text.size() > lead.size() ? text[lead.size()] : u' ';
        if (next == u' ' || next == u':' || next == u'\u00A0' || next == u'|' || next == u'-' ||
            next == u'\n' || next == u'\u2014' || next == u'\u2013')
            return true;
    }
    return false;
}

} // namespace whosaid::text
