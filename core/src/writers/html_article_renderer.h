#pragma once

#include "whosaid/document.h"
#include "writers/html_ids.h"
#include "writers/html_labels.h"

#include <string>
#include <vector>

namespace whosaid::writers {

// The article as HTML, and where each mention and quotation landed.
struct RenderedArticle {
    std::string title; // the first paragraph, annotated, when it is the title; else empty
    std::string body;  // the other paragraphs, each a <p>
    // Per entity, per mention: 1-based number of the paragraph holding the element that
    // carries the mention's id, 0 when the mention could not be placed (bad span).
    std::vector<std::vector<int>> mention_paragraph;
    std::vector<int> quote_paragraph; // the same for quotations
};

// Turns the spans of a document into nested elements, paragraph by paragraph. Mentions
// become <a class="m KIND" data-entity="ID" id="m-ID-N"> (a <span> inside another link),
// quotations <span class="quote" data-quote="ID">, with their marks outside the quote
// element and a speaker tag after them. Spans that overlap without nesting are split at
// the crossing point: the continuation is marked data-entity-part / data-quote-part, so
// data-entity and data-quote each occur once per mention and quotation.
class HtmlArticleRenderer {
public:
    HtmlArticleRenderer(const Document& doc, const HtmlIds& ids, const HtmlLabels& labels);

    RenderedArticle render() const;

private:
    const Document& doc_;
    const HtmlIds& ids_;
    const HtmlLabels& labels_;
};

} // namespace whosaid::writers
