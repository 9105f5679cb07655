#include "text/html_text_extractor.h"

#include "text/html_entity_decoder.h"
#include "text/paragraph_writer.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace whosaid::text {

namespace {

constexpr std::size_t npos = std::u16string_view::npos;

enum Trait : std::uint8_t {
    Block = 1,     // starts and ends a paragraph
    Dropped = 2,   // its whole content is page furniture, not article text
    RawText = 4,   // content is not markup: skipped up to the matching end tag
    LineBreak = 8, // <br>
    Title = 16,
    Preformatted = 32,
    Headline = 64, // <h1>
};

struct Element {
    std::string_view name;
    std::uint8_t traits;
};

// Sorted by name.
constexpr Element kElements[] = {
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
    {"figcaption", Block},
    {"figure", Block},
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
    {"main", Block},
    {"math", Dropped},
    {"menu", Block},
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
    {"title", RawText | Title},
    {"tr", Block},
    {"ul", Block},
    {"video", Dropped},
    {"xmp", RawText},
};

const Element* find_element(std::string_view name) {
    const auto found = std::lower_bound(
        std::begin(kElements), std::end(kElements), name,
        [](const Element& element, std::string_view key) { return element.name < key; });
    return (found != std::end(kElements) && found->name == name) ? found : nullptr;
}

bool is_ascii_alpha(char16_t c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool is_tag_space(char16_t c) {
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

char16_t ascii_lower(char16_t c) {
    return (c >= u'A' && c <= u'Z') ? c + (u'a' - u'A') : c;
}

// A start or end tag. Names longer than any known element are left empty: they are unknown.
struct Tag {
    static constexpr std::size_t kMaxName = 15;
    std::array<char, kMaxName> name_buffer{};
    std::size_t name_length = 0;
    bool end = false;
    bool self_closing = false;
    std::size_t next = 0; // the position after the tag

    std::string_view name() const { return {name_buffer.data(), name_length}; }
};

// Precondition: html[lt] == '<' followed by a letter or by '/' and a letter.
Tag parse_tag(std::u16string_view html, std::size_t lt) {
    Tag tag;
    const std::size_t n = html.size();
    std::size_t i = lt + 1;
    if (html[i] == u'/') {
        tag.end = true;
        ++i;
    }
    bool known = true;
    for (; i < n && !is_tag_space(html[i]) && html[i] != u'/' && html[i] != u'>'; ++i) {
        const char16_t c = ascii_lower(html[i]);
        if (c >= 0x80 || tag.name_length == Tag::kMaxName)
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
        ++i;
        if (c != u'=')
            continue;
        while (i < n && is_tag_space(html[i]))
            ++i;
        if (i < n && (html[i] == u'"' || html[i] == u'\'')) {
            const std::size_t close = html.find(html[i], i + 1);
            if (close == npos) {
                // An unterminated quote would swallow the page: end the tag at the next '>'.
                const std::size_t gt = html.find(u'>', i);
                tag.next = gt == npos ? n : gt + 1;
                return tag;
            }
            i = close + 1;
        }
    }
    tag.next = n;
    return tag;
}

// Position of the "</name" (any case) that ends a raw text element, or npos.
std::size_t find_end_tag(std::u16string_view html, std::size_t from, std::string_view name) {
    for (std::size_t lt = html.find(u"</", from); lt != npos; lt = html.find(u"</", lt + 2)) {
        const std::size_t name_end = lt + 2 + name.size();
        if (name_end > html.size())
            return npos;
        bool same = true;
        for (std::size_t k = 0; k < name.size() && same; ++k)
            same = ascii_lower(html[lt + 2 + k]) == static_cast<char16_t>(name[k]);
        if (same && (name_end == html.size() || is_tag_space(html[name_end]) ||
                     html[name_end] == u'/' || html[name_end] == u'>'))
            return lt;
    }
    return npos;
}

// One extraction: the cursor, the writers and what the markup around the cursor says.
class Extraction {
public:
    explicit Extraction(std::u16string_view html) : html_(html), body_(html.size() / 2) {}

    std::u16string run();

private:
    void on_tag(const Tag& tag);
    void skip_raw_text(const Element& element);
    void write_text(std::size_t end, ParagraphWriter& writer, bool preformatted);

    std::u16string_view html_;
    std::size_t pos_ = 0;
    ParagraphWriter body_;
    ParagraphWriter title_;
    HtmlEntityDecoder entities_;
    bool has_headline_ = false;
    bool has_title_ = false; // only the first <title> counts
    int preformatted_depth_ = 0;
    const Element* dropped_ = nullptr; // the outermost element being dropped, if any
    int dropped_depth_ = 0;            // nesting of that element's name inside itself
};

std::u16string Extraction::run() {
    const std::size_t n = html_.size();
    while (pos_ < n) {
        const std::size_t lt = html_.find(u'<', pos_);
        const std::size_t text_end = lt == npos ? n : lt;
        if (dropped_ == nullptr)
            write_text(text_end, body_, preformatted_depth_ > 0);
        pos_ = text_end;
        if (pos_ == n)
            break;
        const char16_t next = pos_ + 1 < n ? html_[pos_ + 1] : u'\0';
        if (html_.substr(pos_, 4) == u"<!--") {
            const std::size_t close = html_.find(u"-->", pos_ + 4);
            pos_ = close == npos ? n : close + 3;
        } else if (next == u'!' || next == u'?' ||
                   (next == u'/' && !(pos_ + 2 < n && is_ascii_alpha(html_[pos_ + 2])))) {
            // Doctype, CDATA, processing instruction or "</3": skipped like a comment.
            const std::size_t close = html_.find(u'>', pos_ + 2);
            pos_ = close == npos ? n : close + 1;
        } else if (is_ascii_alpha(next) || next == u'/') {
            const Tag tag = parse_tag(html_, pos_);
            pos_ = tag.next;
            on_tag(tag);
        } else {
            // A '<' that opens no tag ("a < b") is text.
            if (dropped_ == nullptr)
                body_.text(u'<');
            ++pos_;
        }
    }
    std::u16string text = body_.take();
    std::u16string title = title_.take();
    if (has_headline_ || title.empty())
        return text;
    return text.empty() ? title : title + u"\n\n" + text;
}

void Extraction::write_text(std::size_t end, ParagraphWriter& writer, bool preformatted) {
    while (pos_ < end) {
        if (!preformatted) {
            // Words go in whole: the per-character path is for spaces and references.
            std::size_t word_end = pos_;
            while (word_end < end && html_[word_end] != u'&' && !is_tag_space(html_[word_end]))
                ++word_end;
            writer.word(html_.substr(pos_, word_end - pos_));
            pos_ = word_end;
            if (pos_ == end)
                break;
        }
        char32_t c = html_[pos_];
        std::size_t length = 1;
        if (c == u'&') {
            const CharacterReference reference = entities_.decode(html_.substr(0, end), pos_);
            if (reference.length > 0) {
                c = reference.code_point;
                length = reference.length;
            }
        }
        if (preformatted)
            writer.preformatted(c);
        else
            writer.text(c);
        pos_ += length;
    }
}

void Extraction::on_tag(const Tag& tag) {
    const Element* element = find_element(tag.name());
    if (element == nullptr)
        return;
    if ((element->traits & RawText) && !tag.end) {
        skip_raw_text(*element);
        return;
    }
    if (dropped_ != nullptr) {
        if (element == dropped_ && !tag.self_closing)
            dropped_depth_ += tag.end ? -1 : 1;
        else if (tag.end && (element->name == "body" || element->name == "html"))
            dropped_depth_ = 0; // an unclosed <nav> must not swallow the rest of the page
        if (dropped_depth_ == 0) {
            if (dropped_->traits & Block)
                body_.paragraph_break();
            dropped_ = nullptr;
        }
        return;
    }
    if ((element->traits & Dropped) && !tag.end && !tag.self_closing) {
        dropped_ = element;
        dropped_depth_ = 1;
        if (element->traits & Block)
            body_.paragraph_break();
        return;
    }
    if (element->traits & Block)
        body_.paragraph_break();
    if (element->traits & LineBreak)
        body_.line_break();
    if ((element->traits & Headline) && !tag.end)
        has_headline_ = true;
    if (element->traits & Preformatted)
        preformatted_depth_ = std::max(0, preformatted_depth_ + (tag.end ? -1 : 1));
}

void Extraction::skip_raw_text(const Element& element) {
    const std::size_t close = find_end_tag(html_, pos_, element.name);
    const std::size_t content_end = close == npos ? html_.size() : close;
    if ((element.traits & Title) && dropped_ == nullptr && !has_title_) {
        write_text(content_end, title_, false);
        has_title_ = true;
    }
    pos_ = close == npos ? html_.size() : parse_tag(html_, close).next;
}

} // namespace

std::u16string HtmlTextExtractor::extract(std::u16string_view html) const {
    return Extraction(html).run();
}

} // namespace whosaid::text
