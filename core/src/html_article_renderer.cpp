#include "html_article_renderer.h"

#include "html_attribution.h"
#include "html_escaper.h"

#include <algorithm>
#include <map>
#include <unicode/utf16.h>
#include <unordered_set>

namespace whosaid::html {
namespace {

// What an element stands for. When two spans are equal, the earlier role is the outer one.
enum class Role : uint8_t {
    Dateline,
    Quote,
    OpenMark,
    CloseMark,
    SpeakerRef,
    SourceRef,
    Mention,
    Cue
};

// Real articles nest three or four levels deep; the cap keeps pathological input (thousands
// of mutually crossing spans) linear, at the cost of not highlighting the excess spans.
constexpr size_t max_depth = 12;

struct Annotation {
    Annotation(Role role_, Span span_, size_t owner_ = 0, size_t mention_ = 0)
        : role(role_), span(span_), owner(owner_), mention(mention_) {}

    Role role = Role::Mention;
    Span span;
    size_t owner = 0;       // entity index for Mention, quote index for every other role
    size_t mention = 0;     // mention index for Mention
    std::string speaker_of; // space-separated ids of the quotes this span attributes
    std::string source_of;
    bool anonymous = false; // SpeakerRef of an anonymous speaker
};

// The part of an annotation inside one paragraph.
struct Piece {
    int32_t start = 0;
    int32_t end = 0;
    uint32_t annotation = 0;
    bool carries_id = false;
};

struct TagAt {
    int32_t position = 0;
    size_t quote = 0;
};

struct OpenElement {
    uint32_t annotation = 0;
    int32_t end = 0;
    bool anchor = false;
};

struct SpeakerOrSource {
    std::string quotes;
    bool anonymous = false;
    bool matched = false;
    size_t first_quote = 0;
};

void append_id_list(std::string& list, const std::string& id) {
    if (!list.empty())
        list += ' ';
    list += id;
}

class ArticleWriter {
public:
    ArticleWriter(const Document& doc, const HtmlIds& ids, const HtmlLabels& labels)
        : doc_(doc), ids_(ids), labels_(labels) {}

    RenderedArticle run() {
        result_.mention_paragraph.resize(doc_.entities.size());
        for (size_t e = 0; e < doc_.entities.size(); ++e)
            result_.mention_paragraph[e].assign(doc_.entities[e].mentions.size(), 0);
        result_.quote_paragraph.assign(doc_.quotes.size(), 0);
        normalize_paragraphs();
        collect_annotations();
        distribute();
        place_speaker_tags();
        for (size_t p = 0; p < paragraphs_.size(); ++p) {
            const bool title = p == 0 && doc_.title && doc_.title->overlaps(paragraphs_[0]);
            std::string& out = title ? result_.title : result_.body;
            if (!title)
                out += "<p>";
            write_paragraph(out, p);
            if (!title)
                out += "</p>\n";
        }
        return std::move(result_);
    }

private:
    // Moves a boundary off the middle of a surrogate pair and into the text.
    int32_t snap(int32_t position) const {
        const auto size = static_cast<int32_t>(doc_.text.size());
        position = std::clamp(position, 0, size);
        if (position > 0 && position < size && U16_IS_TRAIL(doc_.text[position]) &&
            U16_IS_LEAD(doc_.text[position - 1]))
            --position;
        return position;
    }
    Span clean(Span span) const { return {snap(span.start), snap(span.end)}; }

    // Sorted, inside the text, non-overlapping; the whole text when the model has none.
    void normalize_paragraphs() {
        std::vector<Span> sorted;
        for (Span p : doc_.paragraphs)
            if (Span c = clean(p); !c.empty())
                sorted.push_back(c);
        std::sort(sorted.begin(), sorted.end());
        for (Span p : sorted) {
            if (!paragraphs_.empty())
                p.start = std::max(p.start, paragraphs_.back().end);
            if (!p.empty())
                paragraphs_.push_back(p);
        }
        if (paragraphs_.empty() && !doc_.text.empty())
            paragraphs_.push_back({0, static_cast<int32_t>(doc_.text.size())});
        pieces_.resize(paragraphs_.size());
        tags_.resize(paragraphs_.size());
    }

    void add(Annotation annotation) {
        annotation.span = clean(annotation.span);
        if (!annotation.span.empty())
            annotations_.push_back(std::move(annotation));
    }

    void collect_annotations() {
        std::map<std::pair<int32_t, int32_t>, SpeakerOrSource> speakers;
        std::map<std::pair<int32_t, int32_t>, SpeakerOrSource> sources;
        auto note = [](auto& table, Span span, size_t quote, const std::string& id,
                       bool anonymous) {
            SpeakerOrSource& entry = table[{span.start, span.end}];
            if (entry.quotes.empty())
                entry.first_quote = quote;
            append_id_list(entry.quotes, id);
            entry.anonymous = entry.anonymous || anonymous;
        };
        for (size_t q = 0; q < doc_.quotes.size(); ++q) {
            const Quote& quote = doc_.quotes[q];
            if (quote.speaker && quote.speaker->mention)
                note(speakers, clean(*quote.speaker->mention), q, ids_.quote(q),
                     quote.speaker->anonymous);
            for (const QuoteSource& source : quote.sources)
                note(sources, clean(source.mention), q, ids_.quote(q), false);
        }

        if (doc_.dateline)
            add({Role::Dateline, doc_.dateline->span});
        for (size_t q = 0; q < doc_.quotes.size(); ++q) {
            const Quote& quote = doc_.quotes[q];
            const Span inner = clean(quote.span);
            add({Role::Quote, inner, q});
            const Span marks = clean(quote.marks);
            if (!inner.empty() && marks.contains(inner)) {
                add({Role::OpenMark, {marks.start, inner.start}, q});
                add({Role::CloseMark, {inner.end, marks.end}, q});
            }
            if (quote.cue)
                add({Role::Cue, *quote.cue, q});
        }
        for (size_t e = 0; e < doc_.entities.size(); ++e) {
            const Entity& entity = doc_.entities[e];
            for (size_t m = 0; m < entity.mentions.size(); ++m) {
                Annotation a{Role::Mention, entity.mentions[m].span, e, m};
                const Span span = clean(a.span);
                if (auto it = speakers.find({span.start, span.end}); it != speakers.end()) {
                    a.speaker_of = it->second.quotes;
                    it->second.matched = true;
                }
                if (auto it = sources.find({span.start, span.end}); it != sources.end()) {
                    a.source_of = it->second.quotes;
                    it->second.matched = true;
                }
                add(std::move(a));
            }
        }
        // Speakers and sources the model did not list as entity mentions (an anonymous
        // "haut responsable") still get marked, without data-entity.
        for (const auto& [span, entry] : speakers)
            if (!entry.matched) {
                Annotation a{Role::SpeakerRef, {span.first, span.second}, entry.first_quote};
                a.speaker_of = entry.quotes;
                a.anonymous = entry.anonymous;
                add(std::move(a));
            }
        for (const auto& [span, entry] : sources)
            if (!entry.matched) {
                Annotation a{Role::SourceRef, {span.first, span.second}, entry.first_quote};
                a.source_of = entry.quotes;
                add(std::move(a));
            }
    }

    // The first paragraph whose end lies after position.
    size_t first_paragraph_ending_after(int32_t position) const {
        auto it = std::upper_bound(paragraphs_.begin(), paragraphs_.end(), position,
                                   [](int32_t pos, const Span& p) { return pos < p.end; });
        return static_cast<size_t>(it - paragraphs_.begin());
    }

    // Cuts every annotation at paragraph boundaries; the earliest piece carries the id.
    void distribute() {
        for (uint32_t i = 0; i < annotations_.size(); ++i) {
            const Span span = annotations_[i].span;
            bool first = true;
            for (size_t p = first_paragraph_ending_after(span.start);
                 p < paragraphs_.size() && paragraphs_[p].start < span.end; ++p) {
                const int32_t start = std::max(span.start, paragraphs_[p].start);
                const int32_t end = std::min(span.end, paragraphs_[p].end);
                if (start >= end)
                    continue;
                pieces_[p].push_back({start, end, i, first});
                first = false;
            }
        }
        for (std::vector<Piece>& list : pieces_)
            std::sort(list.begin(), list.end(), [this](const Piece& a, const Piece& b) {
                if (a.start != b.start)
                    return a.start < b.start;
                if (a.end != b.end)
                    return a.end > b.end;
                return annotations_[a.annotation].role < annotations_[b.annotation].role;
            });
    }

    // One tag per quotation (per group for a quotation spread over paragraphs), right
    // after its closing mark, in the paragraph of its last piece.
    // An unattributed quotation inside another one ("jamais" inside a minister's words)
    // gets no tag: its words reach the reader through the outer speaker.
    void place_speaker_tags() {
        std::vector<bool> nested(doc_.quotes.size(), false);
        int32_t reach = -1; // furthest end of the quotations so far (they come in text order)
        for (size_t q = 0; q < doc_.quotes.size(); ++q) {
            const Span inner = clean(doc_.quotes[q].span);
            nested[q] = !inner.empty() && inner.end <= reach;
            reach = std::max(reach, inner.end);
        }
        std::unordered_set<std::string> later_groups;
        for (size_t q = doc_.quotes.size(); q-- > 0;) {
            const Quote& quote = doc_.quotes[q];
            const bool continued = !quote.group.empty() && later_groups.count(quote.group) > 0;
            if (!quote.group.empty())
                later_groups.insert(quote.group);
            const Span inner = clean(quote.span);
            if (continued || inner.empty() || (nested[q] && !quote.speaker))
                continue;
            const Span marks = clean(quote.marks);
            const int32_t after = marks.contains(inner) ? marks.end : inner.end;
            // The last paragraph starting before the quote ends holds its last piece.
            auto last = std::upper_bound(
                paragraphs_.begin(), paragraphs_.end(), inner.end - 1,
                [](int32_t pos, const Span& paragraph) { return pos < paragraph.start; });
            if (last == paragraphs_.begin() || !std::prev(last)->overlaps(inner))
                continue;
            const auto p = static_cast<size_t>(std::prev(last) - paragraphs_.begin());
            tags_[p].push_back({std::clamp(after, paragraphs_[p].start, paragraphs_[p].end), q});
        }
        for (std::vector<TagAt>& list : tags_)
            std::sort(list.begin(), list.end(), [](const TagAt& a, const TagAt& b) {
                return a.position != b.position ? a.position < b.position : a.quote < b.quote;
            });
    }

    void write_paragraph(std::string& out, size_t p) {
        const Span paragraph = paragraphs_[p];
        const std::vector<Piece>& pieces = pieces_[p];
        const std::vector<TagAt>& tags = tags_[p];
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
            std::stable_sort(
                opening.begin(), opening.end(), [this](const Piece& a, const Piece& b) {
                    if (a.end != b.end)
                        return a.end > b.end;
                    return annotations_[a.annotation].role < annotations_[b.annotation].role;
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
        const Annotation& a = annotations_[piece.annotation];
        switch (a.role) {
        case Role::Mention:
            return write_mention(out, a, piece.carries_id, may_link, paragraph);
        case Role::Quote:
            write_quote(out, a, piece.carries_id, paragraph);
            return false;
        case Role::Dateline:
            out += "<span class=\"dateline\">";
            return false;
        case Role::OpenMark:
        case Role::CloseMark:
            out += "<span class=\"qmark\">";
            return false;
        case Role::Cue:
            out += "<span class=\"cue\" data-cue-of=\"" + ids_.quote(a.owner) + "\">";
            return false;
        case Role::SpeakerRef:
            out += a.anonymous ? "<span class=\"speaker-ref anonymous\""
                               : "<span class=\"speaker-ref\"";
            out += " data-speaker-of=\"" + a.speaker_of + "\">";
            return false;
        case Role::SourceRef:
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
        append_escaped(out, entity.name);
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

    void write_speaker_tag(std::string& out, size_t q) {
        const Quote& quote = doc_.quotes[q];
        out += quote.speaker ? "<span class=\"speaker-tag\" data-tag-of=\""
                             : "<span class=\"speaker-tag unattributed\" data-tag-of=\"";
        out += ids_.quote(q);
        out += "\">— <span class=\"who\">";
        append_escaped(out, speaker_name(doc_, quote, labels_));
        out += "</span>";
        for (const QuoteSource& source : quote.sources) {
            out += " · <span class=\"via\">";
            append_escaped(out, source_name(doc_, source));
            out += "</span>";
        }
        out += "</span>";
    }

    const Document& doc_;
    const HtmlIds& ids_;
    const HtmlLabels& labels_;
    RenderedArticle result_;
    std::vector<Span> paragraphs_;
    std::vector<Annotation> annotations_;
    std::vector<std::vector<Piece>> pieces_; // per paragraph, sorted
    std::vector<std::vector<TagAt>> tags_;   // per paragraph, sorted
};

} // namespace

HtmlArticleRenderer::HtmlArticleRenderer(const Document& doc, const HtmlIds& ids,
                                         const HtmlLabels& labels)
    : doc_(doc), ids_(ids), labels_(labels) {}

RenderedArticle HtmlArticleRenderer::render() const {
    return ArticleWriter(doc_, ids_, labels_).run();
}

} // namespace whosaid::html
