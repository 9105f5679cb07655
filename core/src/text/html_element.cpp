#include "text/html_element.h"

#include <algorithm>
#include <iterator>

namespace whosaid::text {

namespace {

// Sorted by name.
constexpr HtmlElement kElements[] = {
    {"a", Link},
    {"address", Block},
    {"article", Block},
    {"aside", Block | Dropped},
    {"audio", Dropped},
    {"blockquote", Block},
    {"body", Block},
    {"br", LineBreak},
    {"button", Dropped},
    {"canvas", Dropped},
    {"caption", Block},
    {"center", Block},
    {"dd", Block},
    {"details", Block},
    {"dialog", Block},
    {"div", Block},
    {"dl", Block},
    {"dt", Block},
    {"fieldset", Block},
    {"figcaption", Block | Dropped},
    {"figure", Block | Dropped},
    {"footer", Block | Dropped},
    {"form", Block | Dropped},
    {"h1", Block | Headline},
    {"h2", Block},
    {"h3", Block},
    {"h4", Block},
    {"h5", Block},
    {"h6", Block},
    {"head", Block},
    {"header", Block | Dropped},
    {"hgroup", Block},
    {"hr", Block},
    {"html", Block},
    {"iframe", RawText},
    {"legend", Block},
    {"li", Block},
    {"link", Metadata},
    {"main", Block},
    {"math", Dropped},
    {"menu", Block},
    {"meta", Metadata},
    {"nav", Block | Dropped},
    {"noembed", RawText},
    {"noframes", RawText},
    {"noscript", Block | Dropped},
    {"object", Dropped},
    {"ol", Block},
    {"option", Block},
    {"p", Block},
    {"pre", Block | Preformatted},
    {"script", RawText},
    {"section", Block},
    {"select", Dropped},
    {"span", 0},
    {"style", RawText},
    {"summary", Block},
    {"svg", Dropped},
    {"table", Block},
    {"tbody", Block},
    {"td", Block},
    {"template", Block | Dropped},
    {"textarea", RawText},
    {"tfoot", Block},
    {"th", Block},
    {"thead", Block},
    {"time", Metadata},
    {"title", RawText | Title},
    {"tr", Block},
    {"ul", Block},
    {"video", Dropped},
    {"xmp", RawText},
};

} // namespace

const HtmlElement* find_html_element(std::string_view name) {
    const auto found = std::lower_bound(
        std::begin(kElements), std::end(kElements), name,
        [](const HtmlElement& element, std::string_view key) { return element.name < key; });
    return (found != std::end(kElements) && found->name == name) ? found : nullptr;
}

} // namespace whosaid::text
