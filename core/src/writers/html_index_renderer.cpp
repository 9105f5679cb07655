#include "writers/html_index_renderer.h"

#include "whosaid/certainty.h"
#include "writers/html_attribution.h"
#include "writers/html_escaper.h"
#include "writers/html_rule_texts.h"

namespace whosaid::writers {
namespace {

constexpr EntityKind kind_order[] = {EntityKind::Person, EntityKind::Organization,
                                     EntityKind::Place, EntityKind::Media};

} // namespace

HtmlIndexRenderer::HtmlIndexRenderer(const Document& doc, const HtmlIds& ids,
                                     const HtmlLabels& labels, const RenderedArticle& placed)
    : doc_(doc), ids_(ids), labels_(labels), placed_(placed) {}

void HtmlIndexRenderer::write_actors(std::string& out) const {
    out += "<section class=\"actors\" id=\"ws-actors\" aria-labelledby=\"ws-actors-title\">\n"
           "<h2 id=\"ws-actors-title\">";
    out += labels_.actors;
    out += "</h2>\n";
    if (doc_.entities.empty())
        out += "<p class=\"empty\">" + std::string(labels_.no_actors) + "</p>\n";
    for (EntityKind kind : kind_order) {
        bool any = false;
        for (size_t e = 0; e < doc_.entities.size(); ++e) {
            if (doc_.entities[e].kind != kind)
                continue;
            if (!any) {
                out += "<h3>";
                out += labels_.kind_plural[static_cast<int>(kind)];
                out += "</h3>\n<ul class=\"actor-list\">\n";
                any = true;
            }
            write_actor(out, e);
        }
        if (any)
            out += "</ul>\n";
    }
    out += "</section>\n";
}

void HtmlIndexRenderer::write_actor(std::string& out, size_t e) const {
    const Entity& entity = doc_.entities[e];
    const std::string& id = ids_.entity(e);
    const char* kind = to_string(entity.kind);
    out += "<li class=\"actor " + std::string(kind) + "\" id=\"" + id + "\">";
    // A nameless entity (bad data) is named by its first mention, so the link has a text.
    const std::u16string_view name = !entity.name.empty() || entity.mentions.empty()
                                         ? std::u16string_view(entity.name)
                                         : safe_slice(doc_, entity.mentions.front().span);
    out += "<a class=\"actor-name\" href=\"#" + id + "\">";
    append_isolated_name(out, name.empty() ? std::u16string_view(u"?") : name);
    out += "</a> <span class=\"count\">";
    out += labels_.kind[static_cast<int>(entity.kind)];
    out += " · ";
    out += count_with_noun(labels_, entity.mentions.size(), labels_.mention_singular,
                           labels_.mention_plural);
    out += "</span>";
    if (!entity.roles.empty()) {
        out += "<p class=\"roles\">";
        for (size_t r = 0; r < entity.roles.size(); ++r) {
            if (r > 0)
                out += " · ";
            append_isolated_name(out, entity.roles[r]);
        }
        out += "</p>";
    }
    out += "<ol class=\"mention-links\" aria-label=\"";
    out += labels_.mentions_of;
    out += " ";
    append_escaped_name(out, name);
    out += "\">";
    for (size_t m = 0; m < entity.mentions.size(); ++m) {
        const int paragraph = placed_.mention_paragraph[e][m];
        const std::u16string_view said = safe_slice(doc_, entity.mentions[m].span);
        out += "<li>";
        if (paragraph > 0) {
            out += "<a href=\"#" + ids_.mention(e, m) + "\">";
            append_escaped(out, said);
            out += "</a><span class=\"where\" title=\"";
            out += labels_.paragraph;
            out += " " + std::to_string(paragraph) + "\">";
            out += labels_.paragraph_short;
            out += "\u00a0" + std::to_string(paragraph) + "</span>";
        } else {
            append_escaped(out, said);
        }
        out += "</li>";
    }
    out += "</ol></li>\n";
}

void HtmlIndexRenderer::write_quotes(std::string& out) const {
    out += "<section class=\"quotes\" id=\"ws-quotes\" aria-labelledby=\"ws-quotes-title\">\n"
           "<h2 id=\"ws-quotes-title\">";
    out += labels_.quotations;
    out += "</h2>\n";
    if (doc_.quotes.empty()) {
        out += "<p class=\"empty\">" + std::string(labels_.no_quotations) + "</p>\n</section>\n";
        return;
    }
    out += "<table>\n<caption>";
    out += labels_.quotes_caption;
    out += "</caption>\n<thead><tr><th scope=\"col\" class=\"num\">";
    out += labels_.column_number;
    out += "</th><th scope=\"col\">";
    out += labels_.column_quotation;
    out += "</th><th scope=\"col\">";
    out += labels_.column_speaker;
    out += "</th><th scope=\"col\">";
    out += labels_.column_sources;
    out += "</th><th scope=\"col\">";
    out += labels_.column_place;
    out += "</th><th scope=\"col\">";
    out += labels_.column_certainty;
    out += "</th><th scope=\"col\">";
    out += labels_.column_why;
    out += "</th></tr></thead>\n<tbody>\n";
    for (size_t q = 0; q < doc_.quotes.size(); ++q) {
        const Quote& quote = doc_.quotes[q];
        out += "<tr><th scope=\"row\" class=\"num\">" + std::to_string(q + 1) +
               "</th><td class=\"quote-text\">";
        append_escaped(out, safe_slice(doc_, quote.span));
        out += "</td><td>";
        append_isolated_name(out, speaker_name(doc_, ids_, quote, labels_));
        if (quote.verified)
            out += " " + verified_mark(labels_);
        out += "</td><td>";
        if (quote.sources.empty())
            out += labels_.no_source;
        for (size_t s = 0; s < quote.sources.size(); ++s) {
            if (s > 0)
                out += ", ";
            append_isolated_name(out, source_name(doc_, ids_, quote.sources[s]));
        }
        out += "</td><td>";
        if (const int paragraph = placed_.quote_paragraph[q]; paragraph > 0) {
            out += "<a href=\"#" + ids_.quote(q) + "\">";
            out += labels_.paragraph_short;
            out += "\u00a0" + std::to_string(paragraph) + "</a>";
        }
        // A PDF's page, to find the quotation in the original.
        if (const int page = doc_.page_at(quote.span.start); page > 0) {
            out += std::string(" <span class=\"page-ref\">") + labels_.page_short + "\u00a0" +
                   std::to_string(page) + "</span>";
        }
        const Certainty certainty = certainty_of(quote);
        out += "</td><td class=\"certainty certainty-";
        out += to_string(certainty);
        out += "\"><span class=\"certainty-mark\" aria-hidden=\"true\">";
        out += certainty_mark(certainty);
        out += "</span> ";
        out += labels_.certainty[static_cast<int>(certainty)];
        out += "</td><td class=\"why\">";
        append_escaped_utf8(out, explain_attribution(doc_, quote, labels_));
        out += "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
}

} // namespace whosaid::writers
