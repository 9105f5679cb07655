#include "text/html_page_metadata.h"

#include "text/html_entity_decoder.h"
#include "whosaid/unicode_text.h"

namespace whosaid::text {

namespace {

void keep_first(std::u16string& slot, std::u16string value) {
    if (slot.empty())
        slot = std::move(value);
}

// Collapses whitespace and trims, as a browser shows an attribute's text.
std::u16string collapsed(std::u16string_view text) {
    std::u16string out;
    for (char16_t c : text) {
        if (is_html_space(c)) {
            if (!out.empty() && out.back() != u' ')
                out.push_back(u' ');
        } else {
            out.push_back(c);
        }
    }
    if (!out.empty() && out.back() == u' ')
        out.pop_back();
    return out;
}

bool is_address(std::u16string_view text) {
    return text.starts_with(u"http://") || text.starts_with(u"https://") || text.starts_with(u"/");
}

// "Par Jeanne Martin" → "Jeanne Martin".
std::u16string without_by(std::u16string text) {
    for (std::u16string_view lead : {u"Par ", u"par ", u"By ", u"by ", u"PAR ", u"BY "})
        if (text.starts_with(lead))
            return text.substr(lead.size());
    return text;
}

} // namespace

std::u16string HtmlPageMetadata::decoded(std::u16string_view value) {
    const HtmlEntityDecoder entities;
    std::u16string out;
    for (std::size_t i = 0; i < value.size();) {
        if (value[i] == u'&') {
            const CharacterReference reference = entities.decode(value, i);
            if (reference.length > 0) {
                const char32_t c = reference.code_point;
                if (c <= 0xFFFF) {
                    out.push_back(static_cast<char16_t>(c));
                } else {
                    out.push_back(static_cast<char16_t>(0xD7C0 + (c >> 10)));
                    out.push_back(static_cast<char16_t>(0xDC00 + (c & 0x3FF)));
                }
                i += reference.length;
                continue;
            }
        }
        out.push_back(value[i++]);
    }
    return collapsed(out);
}

void HtmlPageMetadata::read(const HtmlTag& tag) {
    const std::string_view name = tag.name();
    if (name == "link" && equals_ascii_lower(tag.value(HtmlAttribute::Rel), "canonical")) {
        keep_first(canonical_, decoded(tag.value(HtmlAttribute::Href)));
        return;
    }
    if (name == "time") {
        keep_first(time_date_, decoded(tag.value(HtmlAttribute::Datetime)));
        return;
    }
    if (name != "meta")
        return;
    const std::u16string_view key =
        tag.has(HtmlAttribute::Property) ? tag.value(HtmlAttribute::Property)
        : tag.has(HtmlAttribute::Name)   ? tag.value(HtmlAttribute::Name)
                                         : tag.value(HtmlAttribute::Itemprop);
    std::u16string content = decoded(tag.value(HtmlAttribute::Content));
    if (content.empty())
        return;
    if (equals_ascii_lower(key, "og:title") || equals_ascii_lower(key, "twitter:title"))
        keep_first(og_title_, std::move(content));
    else if (equals_ascii_lower(key, "og:site_name"))
        keep_first(site_name_, std::move(content));
    else if (equals_ascii_lower(key, "og:url"))
        keep_first(og_url_, std::move(content));
    else if ((equals_ascii_lower(key, "author") || equals_ascii_lower(key, "article:author")) &&
             !is_address(content))
        keep_first(meta_author_, std::move(content));
    else if (equals_ascii_lower(key, "article:published_time") ||
             equals_ascii_lower(key, "datepublished") || equals_ascii_lower(key, "date") ||
             equals_ascii_lower(key, "pubdate") || equals_ascii_lower(key, "dc.date"))
        keep_first(meta_date_, std::move(content));
}

void HtmlPageMetadata::set_document_title(std::u16string title) {
    keep_first(document_title_, collapsed(title));
}

void HtmlPageMetadata::set_byline(std::u16string byline) {
    constexpr std::size_t kLongest = 120; // longer is an author's biography, not a byline
    std::u16string text = without_by(collapsed(byline));
    if (text.size() <= kLongest)
        keep_first(byline_, std::move(text));
}

std::u16string HtmlPageMetadata::title() const {
    if (!og_title_.empty())
        return og_title_;
    // "Headline - Site", "Headline | Site", "Site — Headline": the part that is not the site.
    if (!site_name_.empty()) {
        for (std::u16string_view separator : {u" - ", u" | ", u" \u2014 ", u" \u2013 "}) {
            const std::u16string suffix = std::u16string(separator) + site_name_;
            const std::u16string prefix = site_name_ + std::u16string(separator);
            if (document_title_.ends_with(suffix))
                return document_title_.substr(0, document_title_.size() - suffix.size());
            if (document_title_.starts_with(prefix))
                return document_title_.substr(prefix.size());
        }
    }
    return document_title_;
}

std::string HtmlPageMetadata::author() const {
    return to_utf8(meta_author_.empty() ? byline_ : meta_author_);
}

std::string HtmlPageMetadata::date() const {
    return to_utf8(meta_date_.empty() ? time_date_ : meta_date_);
}

std::string HtmlPageMetadata::url() const {
    return to_utf8(canonical_.empty() ? og_url_ : canonical_);
}

} // namespace whosaid::text
