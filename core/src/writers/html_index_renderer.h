#pragma once

#include "whosaid/document.h"
#include "writers/html_article_renderer.h"
#include "writers/html_ids.h"
#include "writers/html_labels.h"

#include <string>

namespace whosaid::writers {

// The reference part of the page: the actors index (grouped by kind, each entry the target
// of its mentions' links and linking back to every mention) and the table of quotations.
class HtmlIndexRenderer {
public:
    HtmlIndexRenderer(const Document& doc, const HtmlIds& ids, const HtmlLabels& labels,
                      const RenderedArticle& placed);

    // <section id="ws-actors"> with an h2 and one h3 per entity kind present.
    void write_actors(std::string& out) const;
    // <section id="ws-quotes"> with an h2 and a captioned table.
    void write_quotes(std::string& out) const;

private:
    void write_actor(std::string& out, size_t entity) const;

    const Document& doc_;
    const HtmlIds& ids_;
    const HtmlLabels& labels_;
    const RenderedArticle& placed_;
};

} // namespace whosaid::writers
