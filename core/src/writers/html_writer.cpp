#include "whosaid/html_writer.h"

#include "whosaid/certainty.h"
#include "whosaid/unicode_text.h"
#include "writers/html_article_renderer.h"
#include "writers/html_attribution.h"
#include "writers/html_escaper.h"
#include "writers/html_ids.h"
#include "writers/html_index_renderer.h"
#include "writers/html_labels.h"
#include "writers/html_sources_summary.h"
#include "writers/html_stylesheet.h"

#include <algorithm>

namespace whosaid {
namespace {

// Forbids every load from anywhere (fonts, images, scripts, frames, form posts, <base>
// tricks): the page has no script, and its only style is the inline sheet.
constexpr const char* content_security_policy =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

// A BCP 47-looking tag or "und": the value ends up in lang, which must never carry markup.
std::string language_tag(std::string_view language) {
    std::string tag;
    for (char c : language) {
        const bool ok =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || tag.size() >= 35)
            return "und";
        tag += c;
    }
    return tag.empty() ? "und" : tag;
}

std::string file_name(const HtmlOptions& options, const Document& doc) {
    if (!options.source_name.empty())
        return options.source_name;
    const std::string& path = doc.source.path;
    const size_t slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

void write_meta_item(std::string& out, const char* label, std::string_view value) {
    if (value.empty())
        return;
    out += "<div><dt>";
    out += label;
    out += "</dt><dd>";
    writers::append_escaped_utf8(out, value);
    out += "</dd></div>";
}

// The links to the sections, for a screen.
void write_contents(std::string& out, const writers::HtmlLabels& labels) {
    out += "<nav class=\"toc\" aria-label=\"" + std::string(labels.contents) + "\"><ul>";
    const std::pair<const char*, const char*> sections[] = {
        {"#ws-article", labels.annotated_text},
        {"#ws-actors", labels.actors},
        {"#ws-quotes", labels.quotations},
        {"#ws-sources", labels.sources},
    };
    for (const auto& [href, label] : sections)
        out += std::string("<li><a href=\"") + href + "\">" + label + "</a></li>";
    out += "</ul></nav>\n";
}

// any_verified: a person confirmed a speaker, so the page shows the mark and explains it;
// with_hint: the page is for a screen, where a name can be clicked.
void write_legend(std::string& out, const writers::HtmlLabels& labels, bool any_verified,
                  bool with_hint) {
    out += "<section class=\"legend\" aria-labelledby=\"ws-legend-title\">\n<h2 "
           "id=\"ws-legend-title\">";
    out += labels.legend;
    out += "</h2>\n<ul>";
    static constexpr const char* kind_classes[] = {"person", "organization", "place", "media"};
    for (int k = 0; k < 4; ++k)
        out += std::string("<li><span class=\"m ") + kind_classes[k] + "\">" + labels.kind[k] +
               "</span></li>";
    out += std::string("<li><span class=\"qmark\">«</span><span class=\"quote\">") +
           labels.quotation + "</span><span class=\"qmark\">»</span></li>";
    out += std::string("<li><span class=\"quote indirect\">") + labels.reported_speech +
           "</span></li>";
    out += std::string("<li><span class=\"m person speaker\">") + labels.speaker + "</span></li>";
    out += std::string("<li><span class=\"speaker-ref anonymous\">") + labels.anonymous_speaker +
           "</span></li>";
    out += std::string("<li><span class=\"m media source\">") + labels.source + "</span></li>";
    out += std::string("<li><span class=\"cue\">") + labels.speech_verb + "</span></li>";
    if (any_verified)
        out += "<li>" + writers::verified_mark(labels) + " " + labels.verified_hint + "</li>";
    out += "</ul>\n<ul class=\"certainty-legend\">";
    for (const Certainty level :
         {Certainty::Sure, Certainty::Likely, Certainty::Unsure, Certainty::Unattributed})
        out += std::string("<li><span class=\"speaker-tag certainty-") + to_string(level) +
               "\"><span class=\"certainty-mark\" aria-hidden=\"true\">" + certainty_mark(level) +
               "</span> " + labels.certainty[static_cast<int>(level)] + "</span></li>";
    out += "</ul>\n";
    if (with_hint)
        out += "<p class=\"hint\">" + std::string(labels.legend_hint) + "</p>\n";
    // On paper the thresholds stay, as a plain note: a reader of the page has no tooltip.
    out += std::string("<p class=\"") + (with_hint ? "hint" : "note") + "\">" +
           labels.certainty_hint + "</p>\n</section>\n";
}

} // namespace

std::string write_html(const Document& doc, const HtmlOptions& options) {
    const writers::HtmlLabels& labels =
        writers::labels_for(options.ui_language.empty() ? doc.language : options.ui_language);
    const writers::HtmlIds ids(doc);
    const writers::RenderedArticle article =
        writers::HtmlArticleRenderer(doc, ids, labels).render();
    const std::string source = file_name(options, doc);

    std::u16string plain_title;
    if (doc.title)
        plain_title = std::u16string(writers::safe_slice(doc, *doc.title));
    if (plain_title.empty())
        plain_title = to_utf16(source.empty() ? std::string(labels.untitled) : source);

    std::string out;
    out.reserve(doc.text.size() * 4 + 32768);
    out += "<!DOCTYPE html>\n<html lang=\"" + language_tag(doc.language) + "\">\n<head>\n";
    out += "<meta charset=\"utf-8\">\n";
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"";
    out += content_security_policy;
    out += "\">\n<meta name=\"referrer\" content=\"no-referrer\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    if (!options.generator.empty()) {
        out += "<meta name=\"generator\" content=\"";
        writers::append_escaped_utf8(out, options.generator);
        out += "\">\n";
    }
    out += "<title>";
    writers::append_escaped(out, plain_title);
    out += "</title>\n<style>";
    if (options.paper) {
        out += writers::paper_stylesheet();
    } else {
        out += writers::palette_rules();
        out += writers::base_stylesheet();
        out += writers::entity_highlight_rules(ids, doc.entities.size());
    }
    out += "</style>\n</head>\n<body>\n<div class=\"page\">\n";
    if (!options.paper)
        out +=
            "<a class=\"skip\" href=\"#ws-article\">" + std::string(labels.skip_to_text) + "</a>\n";

    out += "<header class=\"page-header\">\n<p class=\"kicker\">" + std::string(labels.kicker) +
           "</p>\n<h1>";
    if (!article.title.empty())
        out += article.title;
    else
        writers::append_escaped(out, plain_title);
    out += "</h1>\n<dl class=\"meta\">";
    write_meta_item(out, labels.meta_file, source);
    if (!doc.source.page_starts.empty())
        write_meta_item(out, labels.meta_pages, std::to_string(doc.source.page_starts.size()));
    write_meta_item(out, labels.meta_language, doc.language);
    write_meta_item(out, labels.meta_generator, options.generator);
    write_meta_item(out, labels.meta_date, options.date);
    out += "</dl>\n";
    if (!options.paper)
        write_contents(out, labels);
    write_legend(out, labels,
                 std::any_of(doc.quotes.begin(), doc.quotes.end(),
                             [](const Quote& quote) { return quote.verified; }),
                 !options.paper);
    out += "</header>\n";

    out += "<main>\n<article id=\"ws-article\" aria-labelledby=\"ws-article-title\">\n<h2 "
           "id=\"ws-article-title\">";
    out += labels.annotated_text;
    out += "</h2>\n";
    out += article.body;
    out += "</article>\n</main>\n";

    out += "<aside aria-label=\"" + std::string(labels.index) + "\">\n";
    const writers::HtmlIndexRenderer index(doc, ids, labels, article);
    if (!options.paper)
        index.write_actors(out);
    index.write_quotes(out);
    writers::HtmlSourcesSummary(doc, ids, labels).write(out);
    out += "</aside>\n";

    out += "<footer class=\"page-footer\">\n<p>";
    out += labels.footer_note;
    out += "</p>\n";
    if (!options.generator.empty() || !options.date.empty()) {
        out += "<p>";
        writers::append_escaped_utf8(out, options.generator);
        if (!options.generator.empty() && !options.date.empty())
            out += " · ";
        writers::append_escaped_utf8(out, options.date);
        out += "</p>\n";
    }
    out += "</footer>\n</div>\n</body>\n</html>\n";
    return out;
}

} // namespace whosaid
