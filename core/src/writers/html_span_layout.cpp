#include "writers/html_span_layout.h"

#include <algorithm>
#include <map>
#include <unicode/utf16.h>
#include <unordered_set>

namespace whosaid::writers {
namespace {

// The quotations one speaker or source span serves, gathered by span.
struct SpeakerOrSource {
    std::string quotes;
    bool anonymous = false;
    bool matched = false;
    size_t first_quote = 0;
};

} // namespace

HtmlSpanLayout::HtmlSpanLayout(const Document& doc, const HtmlIds& ids) : doc_(doc), ids_(ids) {
    normalize_paragraphs();
    collect_annotations();
    distribute();
    place_speaker_tags();
}

int32_t HtmlSpanLayout::snap(int32_t position) const {
    const auto size = static_cast<int32_t>(doc_.text.size());
    position = std::clamp(position, 0, size);
    if (position > 0 && position < size && U16_IS_TRAIL(doc_.text[position]) &&
        U16_IS_LEAD(doc_.text[position - 1]))
        --position;
    return position;
}

// Sorted, inside the text, non-overlapping; the whole text when the model has none.
void HtmlSpanLayout::normalize_paragraphs() {
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

void HtmlSpanLayout::add(Annotation annotation) {
    annotation.span = clean(annotation.span);
    if (!annotation.span.empty())
        annotations_.push_back(std::move(annotation));
}

void HtmlSpanLayout::collect_annotations() {
    std::map<std::pair<int32_t, int32_t>, SpeakerOrSource> speakers;
    std::map<std::pair<int32_t, int32_t>, SpeakerOrSource> sources;
    auto note = [](auto& table, Span span, size_t quote, const std::string& id, bool anonymous) {
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
        // The other actors of a group, each where the attribution names it.
        if (quote.speaker)
            for (size_t m = 1; m < quote.speaker->mentions.size(); ++m)
                if (quote.speaker->mentions[m] != quote.speaker->mention)
                    note(speakers, clean(quote.speaker->mentions[m]), q, ids_.quote(q), false);
        for (const QuoteSource& source : quote.sources)
            note(sources, clean(source.mention), q, ids_.quote(q), false);
    }

    if (doc_.dateline)
        add({AnnotationRole::Dateline, doc_.dateline->span});
    for (size_t q = 0; q < doc_.quotes.size(); ++q) {
        const Quote& quote = doc_.quotes[q];
        const Span inner = clean(quote.span);
        add({AnnotationRole::Quote, inner, q});
        const Span marks = clean(quote.marks);
        if (!inner.empty() && marks.contains(inner)) {
            add({AnnotationRole::OpenMark, {marks.start, inner.start}, q});
            add({AnnotationRole::CloseMark, {inner.end, marks.end}, q});
        }
        if (quote.cue)
            add({AnnotationRole::Cue, *quote.cue, q});
    }
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
        const Entity& entity = doc_.entities[e];
        for (size_t m = 0; m < entity.mentions.size(); ++m) {
            Annotation a{AnnotationRole::Mention, entity.mentions[m].span, e, m};
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
            Annotation a{AnnotationRole::SpeakerRef, {span.first, span.second}, entry.first_quote};
            a.speaker_of = entry.quotes;
            a.anonymous = entry.anonymous;
            add(std::move(a));
        }
    for (const auto& [span, entry] : sources)
        if (!entry.matched) {
            Annotation a{AnnotationRole::SourceRef, {span.first, span.second}, entry.first_quote};
            a.source_of = entry.quotes;
            add(std::move(a));
        }
}

// The first paragraph whose end lies after position.
size_t HtmlSpanLayout::first_paragraph_ending_after(int32_t position) const {
    auto it = std::upper_bound(paragraphs_.begin(), paragraphs_.end(), position,
                               [](int32_t pos, const Span& p) { return pos < p.end; });
    return static_cast<size_t>(it - paragraphs_.begin());
}

// Cuts every annotation at paragraph boundaries; the earliest piece carries the id.
void HtmlSpanLayout::distribute() {
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
void HtmlSpanLayout::place_speaker_tags() {
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

} // namespace whosaid::writers
