#include "writers/html_article_renderer.h"

#include "whosaid/certainty.h"
#include "writers/html_attribution.h"
#include "writers/html_escaper.h"
#include "writers/html_rule_texts.h"
#include "writers/html_span_layout.h"

#include <algorithm>

namespace whosaid::writers {
namespace {

// Real articles nest three or four levels deep; the cap keeps pathological input (thousands
// of mutually crossing spans) linear, at the cost of not highlighting the excess spans.
constexpr size_t max_depth = 12;

struct OpenElement {
    uint32_t annotation = 0;
    int32_t end = 0;
    bool anchor = false;
};

class ArticleWriter {
public:
    ArticleWriter(const Document& doc, const HtmlIds& ids, const HtmlLabels& labels)
        : doc_(doc), ids_(ids), labels_(labels), layout_(doc, ids) {}

    RenderedArticle run() {
        result_.mention_paragraph.resize(doc_.entities.size());
        for (size_t e = 0; e < doc_.entities.size(); ++e)
            result_.mention_paragraph[e].assign(doc_.entities[e].mentions.size(), 0);
        result_.quote_paragraph.assign(doc_.quotes.size(), 0);
        const std::vector<Span>& paragraphs = layout_.paragraphs();
        int previous_page = 0;
        for (size_t p = 0; p < paragraphs.size(); ++p) {
            const bool title = p == 0 && doc_.title && doc_.title->overlaps(paragraphs[0]);
            std::string& out = title ? result_.title : result_.body;
            const int page = doc_.page_at(paragraphs[p].start);
            if (!title) {
                out += "<p>";
                if (page != previous_page)
                    write_page_mark(out, page);
            }
            previous_page = page;
            write_paragraph(out, p);
            if (!title)
                out += "</p>\n";
        }
        return std::move(result_);
    }

private:
    // A PDF's paragraph that starts a page begins with its number, so that a quotation is
    // found again in the original; nothing for other formats (page 0).
    void write_page_mark(std::string& out, int page) const {
        if (page <= 0)
            return;
        const std::string number = std::to_string(page);
        out += std::string("<span class=\"page-mark\" title=\"") + labels_.page + " " + number +
               "\">" + labels_.page_short + "\u00a0" + number + "</span> ";
    }

    void write_paragraph(std::string& out, size_t p) {
        const Span paragraph = layout_.paragraphs()[p];
        const std::vector<Piece>& pieces = layout_.pieces(p);
        const std::vector<TagAt>& tags = layout_.tags(p);
        std::vector<OpenElement> stack;
        std::vector<Piece> opening;
        size_t next_piece = 0;
        size_t next_tag = 0;
        int32_t cursor = paragraph.start;
        while (true) {
            int32_t position = paragraph.end;
            if (next_piece < pieces.size())
                position = std::min(position, pieces[next_piece].start);
            if (next_tag < tags.size())
                position = std::min(position, tags[next_tag].position);
            for (const OpenElement& open : stack)
                position = std::min(position, open.end);
            append_escaped(out, doc_.slice({cursor, position}));
            cursor = position;

            // Close what ends here; elements opened inside it that go on are closed too and
            // reopened as continuations, so tags never cross.
            opening.clear();
            auto lowest =
                std::find_if(stack.begin(), stack.end(),
                             [position](const OpenElement& o) { return o.end <= position; });
            if (lowest != stack.end()) {
                const auto keep = static_cast<size_t>(lowest - stack.begin());
                while (stack.size() > keep) {
                    const OpenElement& open = stack.back();
                    out += open.anchor ? "</a>" : "</span>";
                    if (open.end > position)
                        opening.push_back({position, open.end, open.annotation, false});
                    stack.pop_back();
                }
            }
            for (; next_tag < tags.size() && tags[next_tag].position == position; ++next_tag)
                write_speaker_tag(out, tags[next_tag].quote);
            if (position == paragraph.end)
                break;
            for (; next_piece < pieces.size() && pieces[next_piece].start == position; ++next_piece)
                opening.push_back(pieces[next_piece]);
            std::stable_sort(opening.begin(), opening.end(),
                             [this](const Piece& a, const Piece& b) {
                                 if (a.end != b.end)
                                     return a.end > b.end;
                                 return layout_.annotations()[a.annotation].role <
                                        layout_.annotations()[b.annotation].role;
                             });
            for (const Piece& piece : opening) {
                if (stack.size() >= max_depth)
                    continue;
                const bool anchor_open = std::any_of(stack.begin(), stack.end(),
                                                     [](const OpenElement& o) { return o.anchor; });
                const bool anchor = write_open_tag(out, piece, !anchor_open, p);
                stack.push_back({piece.annotation, piece.end, anchor});
            }
        }
    }

    // Returns whether the element is an <a>.
    bool write_open_tag(std::string& out, const Piece& piece, bool may_link, size_t paragraph) {
        const Annotation& a = layout_.annotations()[piece.annotation];
        switch (a.role) {
        case AnnotationRole::Mention:
            return write_mention(out, a, piece.carries_id, may_link, paragraph);
        case AnnotationRole::Quote:
            write_quote(out, a, piece.carries_id, paragraph);
            return false;
        case AnnotationRole::Dateline:
            out += "<span class=\"dateline\">";
            return false;
        case AnnotationRole::OpenMark:
        case AnnotationRole::CloseMark:
            out += "<span class=\"qmark\">";
            return false;
        case AnnotationRole::Cue:
            out += "<span class=\"cue\" data-cue-of=\"" + ids_.quote(a.owner) + "\">";
            return false;
        case AnnotationRole::SpeakerRef:
            out += a.anonymous ? "<span class=\"speaker-ref anonymous\""
                               : "<span class=\"speaker-ref\"";
            out += " data-speaker-of=\"" + a.speaker_of + "\">";
            return false;
        case AnnotationRole::SourceRef:
            out += "<span class=\"source-ref\" data-source-of=\"" + a.source_of + "\">";
            return false;
        }
        return false;
    }

    bool write_mention(std::string& out, const Annotation& a, bool carries_id, bool may_link,
                       size_t paragraph) {
        const Entity& entity = doc_.entities[a.owner];
        const std::string& id = ids_.entity(a.owner);
        out += may_link ? "<a class=\"m " : "<span class=\"m ";
        out += to_string(entity.kind);
        if (!a.speaker_of.empty())
            out += " speaker";
        if (!a.source_of.empty())
            out += " source";
        out += carries_id ? "\" data-entity=\"" : " part\" data-entity-part=\"";
        out += id;
        out += "\" data-form=\"";
        out += to_string(entity.mentions[a.mention].form);
        out += '"';
        if (!a.speaker_of.empty())
            out += " data-speaker-of=\"" + a.speaker_of + '"';
        if (!a.source_of.empty())
            out += " data-source-of=\"" + a.source_of + '"';
        if (may_link)
            out += " href=\"#" + id + '"';
        if (carries_id) {
            out += " id=\"" + ids_.mention(a.owner, a.mention) + '"';
            result_.mention_paragraph[a.owner][a.mention] = static_cast<int>(paragraph) + 1;
        }
        out += " title=\"";
        append_escaped_name(out, entity.name);
        out += " (";
        append_escaped_utf8(out, labels_.kind[static_cast<int>(entity.kind)]);
        out += ")\">";
        return may_link;
    }

    void write_quote(std::string& out, const Annotation& a, bool carries_id, size_t paragraph) {
        const Quote& quote = doc_.quotes[a.owner];
        const std::string& id = ids_.quote(a.owner);
        out += "<span class=\"quote ";
        out += to_string(quote.kind);
        if (!quote.speaker)
            out += " unattributed";
        else if (quote.speaker->anonymous)
            out += " anonymous";
        out += carries_id ? "\" data-quote=\"" : " part\" data-quote-part=\"";
        out += id;
        out += '"';
        if (quote.speaker)
            if (int e = ids_.entity_index(quote.speaker->entity); e >= 0)
                out += " data-speaker=\"" + ids_.entity(static_cast<size_t>(e)) + '"';
        std::string sources;
        for (const QuoteSource& source : quote.sources)
            if (int e = ids_.entity_index(source.entity); e >= 0)
                append_id_list(sources, ids_.entity(static_cast<size_t>(e)));
        if (!sources.empty())
            out += " data-sources=\"" + sources + '"';
        if (carries_id) {
            out += " id=\"" + id + '"';
            result_.quote_paragraph[a.owner] = static_cast<int>(paragraph) + 1;
        }
        out += '>';
    }

    // "— ◐ Name · Source": the mark and the tag's frame tell the certainty without colour;
    // the tag's title says it in words with the reason.
    void write_speaker_tag(std::string& out, size_t q) {
        const Quote& quote = doc_.quotes[q];
        const Certainty certainty = certainty_of(quote);
        out += quote.speaker ? "<span class=\"speaker-tag certainty-"
                             : "<span class=\"speaker-tag unattributed certainty-";
        out += to_string(certainty);
        out += "\" data-certainty=\"";
        out += to_string(certainty);
        out += "\" data-tag-of=\"";
        out += ids_.quote(q);
        out += "\" title=\"";
        append_escaped_utf8(out, labels_.certainty[static_cast<int>(certainty)]);
        out += " — ";
        append_escaped_utf8(out, explain_attribution(doc_, quote, labels_));
        out += "\">— <span class=\"certainty-mark\" aria-hidden=\"true\">";
        out += certainty_mark(certainty);
        out += "</span> <span class=\"visually-hidden\">";
        append_escaped_utf8(out, labels_.certainty[static_cast<int>(certainty)]);
        out += labels_.cue_separator;
        out += "</span><span class=\"who\">";
        append_isolated_name(out, speaker_name(doc_, ids_, quote, labels_));
        out += "</span>";
        if (quote.verified)
            out += " " + verified_mark(labels_);
        for (const QuoteSource& source : quote.sources) {
            out += " · <span class=\"via\">";
            append_isolated_name(out, source_name(doc_, ids_, source));
            out += "</span>";
        }
        out += "</span>";
    }

    const Document& doc_;
    const HtmlIds& ids_;
    const HtmlLabels& labels_;
    const HtmlSpanLayout layout_;
    RenderedArticle result_;
};

} // namespace

HtmlArticleRenderer::HtmlArticleRenderer(const Document& doc, const HtmlIds& ids,
                                         const HtmlLabels& labels)
    : doc_(doc), ids_(ids), labels_(labels) {}

RenderedArticle HtmlArticleRenderer::render() const {
    return ArticleWriter(doc_, ids_, labels_).run();
}

} // namespace whosaid::writers
