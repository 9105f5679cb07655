#pragma once

#include <string>
#include <string_view>

namespace whosaid::text {

// The article of a web page: its text and what the page says of it.
struct HtmlArticle {
    std::u16string text;
    std::string author; // UTF-8: <meta name="author">, else the byline shown ("Par …")
    std::string date;   // as the page gives it: article:published_time, else <time datetime>
    std::string url;    // <link rel="canonical">, else og:url
};

// The readable text of an HTML page. Block elements (p, h1–h6, li, blockquote, td, th, div...)
// become paragraphs separated by a blank line; <br> becomes a newline; character references
// are decoded; comments, script, style and page furniture (nav, header, footer, aside, form,
// noscript, template, svg...) are dropped. The <title> becomes the first paragraph only when
// the body has no <h1>: an <h1> is the article's own headline, while <title> often carries
// the site's name. Tolerates malformed input (unclosed tags, stray '<', '>' inside quoted
// attributes) in one linear pass.
//
// News pages get more: when the page marks its article (itemprop="articleBody", else the
// longest <article>, else <main>), only that is kept, headed by the page's <h1>; figures and
// captions, elements whose class, id or role name furniture (share buttons, related links,
// "lire aussi" blocks, advertising, hidden text; see HtmlFurniture), paragraphs that are
// mostly links and "Lire aussi : …" / "Read more: …" lines are left out; the byline is
// taken out of the text. Without an <h1>, og:title (else <title> without the site's name)
// heads the text.
class HtmlTextExtractor {
public:
    // Precondition: line ends are already \n.
    std::u16string extract(std::u16string_view html) const;
    // The text and what the page says of its article.
    HtmlArticle extract_article(std::u16string_view html) const;
};

} // namespace whosaid::text
