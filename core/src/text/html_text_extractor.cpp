#include "text/html_text_extractor.h"

#include "text/html_element.h"
#include "text/html_entity_decoder.h"
#include "text/html_furniture.h"
#include "text/html_page_metadata.h"
#include "text/html_tag.h"
#include "text/paragraph_writer.h"

#include <algorithm>

namespace whosaid::text {

namespace {

constexpr std::size_t npos = std::u16string_view::npos;

bool is_ascii_alpha(char16_t c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// A stretch of the extracted text, [start, end) in units; empty when not seen.
struct Range {
    std::size_t start = 0;
    std::size_t end = 0;
    bool seen = false;
    std::size_t length() const { return end - start; }
};

// The nesting of one element's name from its start tag, to find its end tag.
struct OpenElement {
    const HtmlElement* element = nullptr;
    int depth = 0;

    // Counts the tag; true when it closes the element.
    bool closes(const HtmlElement* other, const HtmlTag& tag) {
        if (other != element || tag.self_closing)
            return false;
        depth += tag.end ? -1 : 1;
        return depth == 0;
    }
};

// One extraction: the cursor, the writers and what the markup around the cursor says.
class Extraction {
public:
    explicit Extraction(std::u16string_view html) : html_(html), body_(html.size() / 2) {}

    HtmlArticle run();

private:
    void on_tag(const HtmlTag& tag);
    // Leaves out (or takes as the byline) an element's content up to its end tag.
    bool starts_skipping(const HtmlElement& element, const HtmlTag& tag);
    void on_skipped_tag(const HtmlElement& element, const HtmlTag& tag);
    void track_scopes(const HtmlElement& element, const HtmlTag& tag);
    void skip_raw_text(const HtmlElement& element);
    void write_text(std::size_t end, ParagraphWriter& writer, bool preformatted);
    // Before a paragraph break: leaves out the paragraph just written when it only points
    // elsewhere (mostly links, or "Lire aussi : …").
    void end_paragraph();
    // The text of the article: the marked article when the page marks one, its headline first.
    std::u16string article_text(std::u16string all) const;

    std::u16string_view html_;
    std::size_t pos_ = 0;
    ParagraphWriter body_;
    ParagraphWriter title_;
    ParagraphWriter byline_;
    HtmlEntityDecoder entities_;
    HtmlPageMetadata metadata_;
    bool has_title_ = false; // only the first <title> counts
    int preformatted_depth_ = 0;
    OpenElement skipped_; // the outermost element being left out, if any
    bool capturing_byline_ = false;
    bool has_byline_ = false;
    int link_depth_ = 0;
    std::size_t paragraph_start_ = 0;
    std::size_t link_units_ = 0; // units of the current paragraph written inside links
    int article_depth_ = 0;
    int main_depth_ = 0;
    Range current_article_;
    Range article_;            // the longest <article>
    Range main_;               // the first <main>
    OpenElement body_element_; // the element marked itemprop="articleBody"
    Range article_body_;
    bool in_headline_ = false;
    Range headline_; // the first <h1>
};

HtmlArticle Extraction::run() {
    const std::size_t n = html_.size();
    while (pos_ < n) {
        const std::size_t lt = html_.find(u'<', pos_);
        const std::size_t text_end = lt == npos ? n : lt;
        if (skipped_.element == nullptr)
            write_text(text_end, body_, preformatted_depth_ > 0);
        else if (capturing_byline_)
            write_text(text_end, byline_, false);
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
            const HtmlTag tag = parse_html_tag(html_, pos_);
            pos_ = tag.next;
            on_tag(tag);
        } else {
            // A '<' that opens no tag ("a < b") is text.
            if (skipped_.element == nullptr)
                body_.text(u'<');
            ++pos_;
        }
    }
    end_paragraph();
    // Elements left open at the end of the page end there.
    if (article_depth_ > 0) {
        current_article_.end = body_.size();
        if (!article_.seen || current_article_.length() > article_.length())
            article_ = current_article_;
    }
    if (body_element_.element != nullptr)
        article_body_ = Range{article_body_.start, body_.size(), true};
    if (skipped_.element != nullptr && capturing_byline_)
        metadata_.set_byline(byline_.take());
    metadata_.set_document_title(title_.take());
    HtmlArticle article;
    article.text = article_text(body_.take());
    article.author = metadata_.author();
    article.date = metadata_.date();
    article.url = metadata_.url();
    return article;
}

// The text without the spaces and line ends around it.
std::u16string_view trimmed(std::u16string_view text) {
    const std::size_t first = text.find_first_not_of(u" \n");
    if (first == npos)
        return {};
    return text.substr(first, text.find_last_not_of(u" \n") + 1 - first);
}

std::u16string Extraction::article_text(std::u16string all) const {
    const Range& marked = article_body_.seen ? article_body_ : article_.seen ? article_ : main_;
    std::u16string text(all);
    if (marked.seen) {
        const std::size_t end = std::min(marked.end, all.size());
        const std::u16string_view inside = trimmed(std::u16string_view(all).substr(
            std::min(marked.start, end), end - std::min(marked.start, end)));
        if (!inside.empty()) {
            text = std::u16string(inside);
            // A headline above the marked article (in the page's header) still heads it.
            if (headline_.seen && (headline_.start < marked.start || headline_.end > end)) {
                const std::u16string_view headline = trimmed(std::u16string_view(all).substr(
                    std::min(headline_.start, all.size()),
                    std::min(headline_.end, all.size()) - std::min(headline_.start, all.size())));
                if (!headline.empty())
                    text = std::u16string(headline) + u"\n\n" + text;
            }
        }
    }
    if (headline_.seen)
        return text;
    const std::u16string title = metadata_.title();
    if (title.empty())
        return text;
    return text.empty() ? title : title + u"\n\n" + text;
}

void Extraction::write_text(std::size_t end, ParagraphWriter& writer, bool preformatted) {
    const std::size_t before = writer.size();
    while (pos_ < end) {
        if (!preformatted) {
            // Words go in whole: the per-character path is for spaces and references.
            std::size_t word_end = pos_;
            while (word_end < end && html_[word_end] != u'&' && !is_html_space(html_[word_end]))
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
    if (link_depth_ > 0 && &writer == &body_)
        link_units_ += writer.size() - before;
}

void Extraction::end_paragraph() {
    constexpr std::size_t kLinkShare = 80; // percent of a paragraph's text inside links
    constexpr std::size_t kLongestLinkParagraph = 300;
    const std::u16string_view written =
        body_.view().substr(std::min(paragraph_start_, body_.size()));
    const std::size_t length = trimmed(written).size();
    if (length > 0 && !in_headline_ &&
        ((length <= kLongestLinkParagraph && link_units_ * 100 >= length * kLinkShare) ||
         HtmlFurniture::is_see_also(written)))
        body_.truncate(paragraph_start_);
    paragraph_start_ = body_.size();
    link_units_ = 0;
}

void Extraction::on_tag(const HtmlTag& tag) {
    const HtmlElement* element = find_html_element(tag.name());
    if (element == nullptr)
        return;
    if ((element->traits & RawText) && !tag.end) {
        skip_raw_text(*element);
        return;
    }
    if (skipped_.element != nullptr) {
        on_skipped_tag(*element, tag);
        return;
    }
    if ((element->traits & Metadata) && !tag.end)
        metadata_.read(tag);
    if (!tag.end && !tag.self_closing && starts_skipping(*element, tag))
        return;
    if (element->traits & Block) {
        end_paragraph();
        track_scopes(*element, tag);
        body_.paragraph_break();
    }
    if (element->traits & LineBreak)
        body_.line_break();
    if (element->traits & Link)
        link_depth_ = std::max(0, link_depth_ + (tag.end ? -1 : 1));
    if (element->traits & Preformatted)
        preformatted_depth_ = std::max(0, preformatted_depth_ + (tag.end ? -1 : 1));
}

bool Extraction::starts_skipping(const HtmlElement& element, const HtmlTag& tag) {
    // Void elements have no end tag to skip to.
    if (element.traits & (LineBreak | Metadata) || element.name == "hr")
        return false;
    const bool landmark = element.name == "html" || element.name == "body" ||
                          element.name == "main" || element.name == "article";
    // An article's own <header> holds its headline and byline.
    const bool own_header = element.name == "header" && (article_depth_ > 0 || main_depth_ > 0);
    HtmlFurniture::Role role = landmark ? HtmlFurniture::Role::Text : HtmlFurniture::classify(tag);
    if ((element.traits & Dropped) && !own_header)
        role = HtmlFurniture::Role::Furniture;
    if (role == HtmlFurniture::Role::Text)
        return false;
    skipped_ = OpenElement{&element, 1};
    capturing_byline_ = role == HtmlFurniture::Role::Byline && !has_byline_;
    has_byline_ = has_byline_ || capturing_byline_;
    if (element.traits & Block) {
        end_paragraph();
        body_.paragraph_break();
    }
    return true;
}

void Extraction::on_skipped_tag(const HtmlElement& element, const HtmlTag& tag) {
    if (capturing_byline_ && (element.traits & Block))
        byline_.text(u' ');
    if ((element.traits & Metadata) && !tag.end)
        metadata_.read(tag); // a <time datetime> in the date line
    bool closed = skipped_.closes(&element, tag);
    if (tag.end && (element.name == "body" || element.name == "html"))
        closed = true; // an unclosed <nav> must not swallow the rest of the page
    if (!closed)
        return;
    if (skipped_.element->traits & Block)
        body_.paragraph_break();
    if (capturing_byline_)
        metadata_.set_byline(byline_.take());
    skipped_ = {};
    capturing_byline_ = false;
}

void Extraction::track_scopes(const HtmlElement& element, const HtmlTag& tag) {
    const std::size_t here = body_.size();
    if (element.name == "article") {
        if (!tag.end && article_depth_++ == 0)
            current_article_ = Range{here, here, true};
        if (tag.end && article_depth_ > 0 && --article_depth_ == 0) {
            current_article_.end = here;
            if (!article_.seen || current_article_.length() > article_.length())
                article_ = current_article_;
        }
    } else if (element.name == "main") {
        if (!tag.end && main_depth_++ == 0 && !main_.seen)
            main_ = Range{here, html_.size() * 2, true};
        if (tag.end && main_depth_ > 0 && --main_depth_ == 0 && main_.end > here)
            main_.end = here;
    } else if ((element.traits & Headline) && !headline_.seen) {
        // Seen from its start tag: an <h1> never closed runs to the end of the page.
        if (!tag.end)
            headline_ = Range{here, html_.size() * 2, true};
        in_headline_ = !tag.end;
    } else if ((element.traits & Headline) && in_headline_ && tag.end) {
        in_headline_ = false;
        headline_.end = here;
    }
    if (!article_body_.seen && !tag.end &&
        equals_ascii_lower(tag.value(HtmlAttribute::Itemprop), "articlebody")) {
        body_element_ = OpenElement{&element, 0};
        article_body_.start = here;
    }
    if (body_element_.element != nullptr && body_element_.closes(&element, tag)) {
        article_body_ = Range{article_body_.start, here, true};
        body_element_ = {};
    }
}

void Extraction::skip_raw_text(const HtmlElement& element) {
    const std::size_t close = find_html_end_tag(html_, pos_, element.name);
    const std::size_t content_end = close == npos ? html_.size() : close;
    if ((element.traits & Title) && skipped_.element == nullptr && !has_title_) {
        write_text(content_end, title_, false);
        has_title_ = true;
    }
    pos_ = close == npos ? html_.size() : parse_html_tag(html_, close).next;
}
} // namespace

std::u16string HtmlTextExtractor::extract(std::u16string_view html) const {
    return Extraction(html).run().text;
}

HtmlArticle HtmlTextExtractor::extract_article(std::u16string_view html) const {
    return Extraction(html).run();
}

} // namespace whosaid::text
