#include "writers/html_test_support.h"

#include "whosaid/html_writer.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <set>

namespace whosaid::test {

std::string export_of(const Document& doc, std::string ui_language) {
    return write_html(doc, {"whosaid test", "2026-03-12", "", std::move(ui_language)});
}

size_t count(std::string_view haystack, std::string_view needle) {
    size_t n = 0;
    for (size_t at = haystack.find(needle); at != std::string_view::npos;
         at = haystack.find(needle, at + needle.size()))
        ++n;
    return n;
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::vector<Tag> tags_of(std::string_view html) {
    std::vector<Tag> tags;
    for (size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
        const size_t close = html.find('>', at);
        if (close == std::string_view::npos)
            break;
        if (html[at + 1] == '!')
            continue;
        Tag tag;
        tag.closing = html[at + 1] == '/';
        size_t name = at + (tag.closing ? 2 : 1);
        while (name < close && std::isalnum(static_cast<unsigned char>(html[name])))
            tag.name += html[name++];
        tag.begin = at;
        tag.end = close + 1;
        tags.push_back(tag);
    }
    return tags;
}

std::string nesting_problem(std::string_view html) {
    static const std::set<std::string> void_elements = {"meta", "br", "hr", "img", "link"};
    std::vector<std::string> open;
    for (const Tag& tag : tags_of(html)) {
        if (tag.closing) {
            if (open.empty() || open.back() != tag.name)
                return "</" + tag.name + "> closes <" + (open.empty() ? "nothing" : open.back()) +
                       ">";
            open.pop_back();
        } else if (!void_elements.count(tag.name)) {
            if (tag.name == "a" && std::count(open.begin(), open.end(), "a") > 0)
                return "<a> inside <a>";
            open.push_back(tag.name);
        }
    }
    return open.empty() ? "" : "<" + open.back() + "> never closed";
}

std::string unescape(std::string_view text) {
    static const std::pair<std::string_view, char> entities[] = {
        {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}, {"&amp;", '&'}};
    std::string out;
    for (size_t i = 0; i < text.size();) {
        bool replaced = false;
        for (const auto& [entity, c] : entities)
            if (text.substr(i, entity.size()) == entity) {
                out += c;
                i += entity.size();
                replaced = true;
                break;
            }
        if (!replaced)
            out += text[i++];
    }
    return out;
}

std::string element_text(std::string_view html, std::string_view marker) {
    const size_t at = html.find(marker);
    if (at == std::string_view::npos)
        return "<missing " + std::string(marker) + ">";
    const std::vector<Tag> tags = tags_of(html);
    auto start = std::find_if(tags.begin(), tags.end(),
                              [at](const Tag& t) { return t.begin < at && at < t.end; });
    std::string text;
    int depth = 0;
    int skipping_from = -1; // depth at which a speaker tag started
    for (auto t = start; t != tags.end(); ++t) {
        if (t != start && skipping_from < 0)
            text += unescape(html.substr(std::prev(t)->end, t->begin - std::prev(t)->end));
        if (t->closing) {
            --depth;
            if (depth == skipping_from)
                skipping_from = -1;
            if (depth == 0)
                break;
        } else {
            if (skipping_from < 0 &&
                html.substr(t->begin, t->end - t->begin).find("speaker-tag") != std::string::npos)
                skipping_from = depth;
            ++depth;
        }
    }
    return text;
}

} // namespace whosaid::test
