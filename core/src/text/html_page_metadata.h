#pragma once

#include "text/html_tag.h"

#include <string>

namespace whosaid::text {

// What a page says about its article in its markup: <meta> tags (Open Graph, article:,
// author, date), <link rel="canonical">, <time datetime>. The first value of each kind wins,
// the more specific kinds over the generic ones (og:title over <title>).
class HtmlPageMetadata {
public:
    // Reads a <meta>, <link> or <time> start tag; other tags are ignored.
    void read(const HtmlTag& tag);
    // The text of the page's first <title>, kept for when nothing better names the article.
    void set_document_title(std::u16string title);
    // A byline shown in the page ("Par Jeanne Martin", "By J. Martin"), used when no <meta>
    // names the author.
    void set_byline(std::u16string byline);

    // The headline: og:title, else <title> without the site's name ("Titre - Le Journal").
    std::u16string title() const;
    std::string author() const; // UTF-8; empty when unknown
    std::string date() const;   // as the page writes it, usually ISO 8601
    std::string url() const;    // the canonical address of the article

private:
    static std::u16string decoded(std::u16string_view value);

    std::u16string og_title_;
    std::u16string site_name_;
    std::u16string document_title_;
    std::u16string meta_author_;
    std::u16string byline_;
    std::u16string meta_date_;
    std::u16string time_date_;
    std::u16string canonical_;
    std::u16string og_url_;
};

} // namespace whosaid::text
