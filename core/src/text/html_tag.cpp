#include "text/html_tag.h"

#include <algorithm>

namespace whosaid::text {

namespace {

constexpr std::size_t npos = std::u16string_view::npos;

struct AttributeName {
    std::string_view name;
    HtmlAttribute attribute;
};

constexpr AttributeName kAttributes[] = {
    {"class", HtmlAttribute::Class},       {"id", HtmlAttribute::Id},
    {"role", HtmlAttribute::Role},         {"itemprop", HtmlAttribute::Itemprop},
    {"property", HtmlAttribute::Property}, {"name", HtmlAttribute::Name},
    {"content", HtmlAttribute::Content},   {"rel", HtmlAttribute::Rel},
    {"href", HtmlAttribute::Href},         {"datetime", HtmlAttribute::Datetime},
    {"hidden", HtmlAttribute::Hidden},     {"aria-hidden", HtmlAttribute::AriaHidden},
    {"type", HtmlAttribute::Type},
};

void record(HtmlTag& tag, std::u16string_view name, std::u16string_view value) {
    for (const AttributeName& known : kAttributes)
        if (equals_ascii_lower(name, known.name)) {
            const auto index = static_cast<std::size_t>(known.attribute);
            if (!tag.present[index]) { // the first of a repeated attribute counts
                tag.present[index] = true;
                tag.values[index] = value;
            }
            return;
        }
}

} // namespace

bool is_html_space(char16_t c) {
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

char16_t ascii_lower(char16_t c) {
    return (c >= u'A' && c <= u'Z') ? c + (u'a' - u'A') : c;
}

bool equals_ascii_lower(std::u16string_view text, std::string_view ascii) {
    if (text.size() != ascii.size())
        return false;
    for (std::size_t k = 0; k < text.size(); ++k)
        if (ascii_lower(text[k]) != static_cast<char16_t>(ascii[k]))
            return false;
    return true;
}

HtmlTag parse_html_tag(std::u16string_view html, std::size_t lt) {
    HtmlTag tag;
    const std::size_t n = html.size();
    std::size_t i = lt + 1;
    if (html[i] == u'/') {
        tag.end = true;
        ++i;
    }
    bool known = true;
    for (; i < n && !is_html_space(html[i]) && html[i] != u'/' && html[i] != u'>'; ++i) {
        const char16_t c = ascii_lower(html[i]);
        if (c >= 0x80 || tag.name_length == HtmlTag::kMaxName)
            known = false;
        else
            tag.name_buffer[tag.name_length++] = static_cast<char>(c);
    }
    if (!known)
        tag.name_length = 0;
    while (i < n) {
        const char16_t c = html[i];
        if (c == u'>') {
            tag.next = i + 1;
            return tag;
        }
        if (c == u'/' && i + 1 < n && html[i + 1] == u'>') {
            tag.self_closing = true;
            tag.next = i + 2;
            return tag;
        }
        if (is_html_space(c) || c == u'/') {
            ++i;
            continue;
        }
        const std::size_t name_start = i;
        while (i < n && !is_html_space(html[i]) && html[i] != u'=' && html[i] != u'>' &&
               !(html[i] == u'/' && i + 1 < n && html[i + 1] == u'>'))
            ++i;
        // An '=' with no name before it ("<p =x>") is skipped like a name.
        const std::u16string_view name =
            html.substr(name_start, std::max(i, name_start + 1) - name_start);
        if (i == name_start)
            ++i;
        std::size_t after_name = i;
        while (after_name < n && is_html_space(html[after_name]))
            ++after_name;
        std::u16string_view value;
        if (after_name < n && html[after_name] == u'=') {
            i = after_name + 1;
            while (i < n && is_html_space(html[i]))
                ++i;
            if (i < n && (html[i] == u'"' || html[i] == u'\'')) {
                const std::size_t close = html.find(html[i], i + 1);
                if (close == npos) {
                    // An unterminated quote would swallow the page: end the tag at the next '>'.
                    const std::size_t gt = html.find(u'>', i);
                    tag.next = gt == npos ? n : gt + 1;
                    return tag;
                }
                value = html.substr(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const std::size_t start = i;
                while (i < n && !is_html_space(html[i]) && html[i] != u'>')
                    ++i;
                value = html.substr(start, i - start);
            }
        }
        record(tag, name, value);
    }
    tag.next = n;
    return tag;
}

std::size_t find_html_end_tag(std::u16string_view html, std::size_t from, std::string_view name) {
    for (std::size_t lt = html.find(u"</", from); lt != npos; lt = html.find(u"</", lt + 2)) {
        const std::size_t name_end = lt + 2 + name.size();
        if (name_end > html.size())
            return npos;
        bool same = true;
        for (std::size_t k = 0; k < name.size() && same; ++k)
            same = ascii_lower(html[lt + 2 + k]) == static_cast<char16_t>(name[k]);
        if (same && (name_end == html.size() || is_html_space(html[name_end]) ||
                     html[name_end] == u'/' || html[name_end] == u'>'))
            return lt;
    }
    return npos;
}

} // namespace whosaid::text
