#include "sample_documents.h"

#include <algorithm>
#include <stdexcept>

namespace whosaid::samples {
namespace {

int32_t to_offset(size_t position) {
    return static_cast<int32_t>(position);
}

bool is_quote_mark(char16_t c) {
    return c == u'«' || c == u'»' || c == u'"' || c == u'“' || c == u'”' || c == u'‘' || c == u'’';
}

bool is_space(char16_t c) {
    return c == u' ' || c == u'\u00a0' || c == u'\u202f';
}

// The words plus the marks around them: spaces, then one mark, on each side.
Span marks_around(const std::u16string& text, Span words) {
    int32_t start = words.start;
    while (start > 0 && is_space(text[static_cast<size_t>(start - 1)]))
        --start;
    int32_t end = words.end;
    while (end < to_offset(text.size()) && is_space(text[static_cast<size_t>(end)]))
        ++end;
    const bool open = start > 0 && is_quote_mark(text[static_cast<size_t>(start - 1)]);
    const bool close =
        end < to_offset(text.size()) && is_quote_mark(text[static_cast<size_t>(end)]);
    if (!open || !close)
        return words;
    return {start - 1, end + 1};
}

} // namespace

Span find(const std::u16string& text, const At& at) {
    size_t base = 0;
    std::u16string_view haystack = text;
    if (!at.context.empty()) {
        base = text.find(at.context);
        if (base == std::u16string::npos)
            throw std::logic_error("context not in text");
        haystack = haystack.substr(base, at.context.size());
    }
    size_t position = std::u16string_view::npos;
    size_t from = 0;
    for (int n = 0; n < at.occurrence; ++n) {
        position = haystack.find(at.needle, from);
        if (position == std::u16string_view::npos)
            throw std::logic_error("needle not in text");
        from = position + 1;
    }
    return {to_offset(base + position), to_offset(base + position + at.needle.size())};
}

Document make_document(std::u16string text, std::string language, std::string path) {
    Document doc;
    doc.text = std::move(text);
    doc.language = std::move(language);
    doc.source.path = std::move(path);
    doc.source.encoding = "UTF-8";
    doc.source.format = "text";
    size_t start = 0;
    while (start < doc.text.size()) {
        size_t end = doc.text.find(u"\n\n", start);
        if (end == std::u16string::npos)
            end = doc.text.size();
        if (end > start)
            doc.paragraphs.push_back({to_offset(start), to_offset(end)});
        start = end + 2;
    }
    if (!doc.paragraphs.empty())
        doc.title = doc.paragraphs.front();
    return doc;
}

void add_entity(Document& doc, std::string id, EntityKind kind, std::u16string name,
                const std::vector<MentionAt>& mentions, std::vector<std::u16string> roles) {
    Entity entity;
    entity.id = std::move(id);
    entity.kind = kind;
    entity.name = std::move(name);
    entity.roles = std::move(roles);
    for (const MentionAt& m : mentions)
        entity.mentions.push_back({find(doc.text, m.at), m.form});
    std::sort(entity.mentions.begin(), entity.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.span < b.span; });
    doc.entities.push_back(std::move(entity));
}

void add_quote(Document& doc, const QuoteAt& q) {
    Quote quote;
    quote.id = q.id;
    quote.group = q.id;
    quote.kind = q.kind;
    quote.span = find(doc.text, q.words);
    quote.marks = marks_around(doc.text, quote.span);
    if (q.has_speaker) {
        Speaker speaker;
        speaker.entity = q.speaker;
        speaker.anonymous = q.anonymous;
        speaker.description = q.description;
        if (q.speaker_mention)
            speaker.mention = find(doc.text, *q.speaker_mention);
        quote.speaker = speaker;
    }
    if (q.cue)
        quote.cue = find(doc.text, *q.cue);
    for (const SourceAt& s : q.sources)
        quote.sources.push_back({s.entity, find(doc.text, s.at)});
    quote.rule = "test.by-hand";
    quote.confidence = 1.0;
    doc.quotes.push_back(std::move(quote));
}
std::vector<Sample> all_samples() {
    std::vector<Sample> samples;
    samples.push_back({"french_dispatch", french_dispatch(), 20, 9});
    samples.push_back({"english_dispatch", english_dispatch(), 11, 4});
    samples.push_back({"hostile_article", hostile_article(), 3, 1});
    // Broken mentions: (40,30) and (-20,-5) and past the end vanish; (-10,3) and the one
    // overlapping the end are clipped to the text. The reversed quote vanishes.
    samples.push_back({"overlapping_article", overlapping_article(), 8, 3});
    samples.push_back({"non_bmp_article", non_bmp_article(), 4, 1});
    samples.push_back({"empty_document", empty_document(), 0, 0});
    return samples;
}

} // namespace whosaid::samples
