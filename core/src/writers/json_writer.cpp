#include "whosaid/json_writer.h"

#include "support/json_builder.h"
#include "whosaid/unicode_text.h"

#include <algorithm>
#include <unicode/utf16.h>

namespace whosaid {

namespace {

// Bytes to reserve so that a typical document is written without reallocation: the text
// once (UTF-8 of French text is a little longer than its UTF-16 unit count), the quoted
// words again, and a few dozen bytes of keys and numbers per span.
size_t estimated_size(const Document& doc) {
    size_t spans = doc.paragraphs.size() + doc.sentences.size() + 4 * doc.quotes.size() + 2;
    size_t quoted_units = 0;
    for (const Entity& entity : doc.entities)
        spans += entity.mentions.size() + 2;
    for (const Quote& quote : doc.quotes)
        quoted_units += static_cast<size_t>(std::max(quote.span.length(), 0));
    return 1024 + 5 * (doc.text.size() + quoted_units) / 4 + 72 * spans;
}

// Writes one Document. Every span is made valid before it is written, so that any
// Document gives a document that honours the contract: offsets are clamped into the text,
// an end before its start is moved to the start, and an offset that falls between the two
// halves of a surrogate pair is moved past the pair (the same code point CodePointMap
// gives it), so "text" is always exactly the code point slice [start, end).
class DocumentWriter {
public:
    DocumentWriter(const Document& doc, const JsonOptions& options)
        : doc_(doc), code_points_(doc.text), json_(options.pretty, estimated_size(doc)),
          generator_(options.generator) {}

    std::string write() {
        json_.begin_object();
        json_.key("format");
        json_.string_utf8("whosaid-analysis");
        json_.key("version");
        json_.integer(1);
        json_.key("generator");
        json_.string_utf8(generator_);
        write_source();
        json_.key("language");
        json_.string_utf8(doc_.language);
        json_.key("text");
        json_.string(doc_.text);
        json_.key("title");
        optional_span(doc_.title);
        write_dateline();
        json_.key("paragraphs");
        span_list(doc_.paragraphs);
        json_.key("sentences");
        span_list(doc_.sentences);
        json_.key("entities");
        json_.begin_array();
        for (const Entity& entity : doc_.entities)
            write_entity(entity);
        json_.end_array();
        json_.key("quotes");
        json_.begin_array();
        for (const Quote& quote : doc_.quotes)
            write_quote(quote);
        json_.end_array();
        json_.end_object();
        return json_.take();
    }

private:
    int32_t valid_offset(int32_t offset) const {
        const auto length = static_cast<int32_t>(doc_.text.size());
        offset = std::clamp(offset, 0, length);
        if (offset > 0 && offset < length && U16_IS_TRAIL(doc_.text[offset]) &&
            U16_IS_LEAD(doc_.text[offset - 1]))
            ++offset;
        return offset;
    }

    Span valid_span(Span span) const {
        const int32_t start = valid_offset(span.start);
        return Span{start, std::max(start, valid_offset(span.end))};
    }

    // Writes "start", "end" and, if asked, "text" into the object being written.
    void span_members(Span span, bool with_text) {
        const Span valid = valid_span(span);
        json_.key("start");
        json_.integer(code_points_(valid.start));
        json_.key("end");
        json_.integer(code_points_(valid.end));
        if (with_text) {
            json_.key("text");
            json_.string(doc_.slice(valid));
        }
    }

    void span_object(Span span, bool with_text = true) {
        json_.begin_object(support::JsonBuilder::Layout::Inline);
        span_members(span, with_text);
        json_.end_object();
    }

    void optional_span(const std::optional<Span>& span) {
        if (span)
            span_object(*span);
        else
            json_.null();
    }

    // Paragraphs and sentences: offsets only, their text is the document's.
    void span_list(const std::vector<Span>& spans) {
        json_.begin_array();
        for (const Span& span : spans)
            span_object(span, false);
        json_.end_array();
    }

    void id_or_null(const std::string& id) {
        if (id.empty())
            json_.null();
        else
            json_.string_utf8(id);
    }

    void string_list(const std::vector<std::u16string>& strings) {
        json_.begin_array();
        for (const std::u16string& s : strings)
            json_.string(s);
        json_.end_array();
    }

    // Only what a person changed carries the flag; the contract allows extra members.
    void corrected_flag(bool corrected) {
        if (!corrected)
            return;
        json_.key("corrected");
        json_.boolean(true);
    }

    void write_source() {
        json_.key("source");
        json_.begin_object();
        json_.key("path");
        json_.string_utf8(doc_.source.path);
        json_.key("encoding");
        json_.string_utf8(doc_.source.encoding);
        json_.key("format");
        json_.string_utf8(doc_.source.format);
        // What an e-mail or a web page says of itself; absent for other formats.
        if (!doc_.source.sender.empty()) {
            json_.key("sender");
            json_.string_utf8(doc_.source.sender);
        }
        if (!doc_.source.date.empty()) {
            json_.key("date");
            json_.string_utf8(doc_.source.date);
        }
        // What a web page says of itself; absent for other formats.
        if (!doc_.source.author.empty()) {
            json_.key("author");
            json_.string_utf8(doc_.source.author);
        }
        if (!doc_.source.url.empty()) {
            json_.key("url");
            json_.string_utf8(doc_.source.url);
        }
        if (!doc_.source.attachments.empty()) {
            json_.key("attachments");
            json_.begin_array();
            for (const std::string& name : doc_.source.attachments)
                json_.string_utf8(name);
            json_.end_array();
        }
        // A PDF: the page on which each paragraph starts, one number per entry of
        // "paragraphs" (a paragraph continued across a page break gives its first page). One
        // flat list rather than a member of each paragraph keeps the paragraphs plain spans
        // like the sentences, and other formats' JSON unchanged.
        if (!doc_.source.page_starts.empty()) {
            json_.key("pages");
            json_.begin_array(support::JsonBuilder::Layout::Inline);
            for (const Span& paragraph : doc_.paragraphs)
                json_.integer(doc_.page_at(paragraph.start));
            json_.end_array();
        }
        json_.end_object();
    }

    void write_dateline() {
        json_.key("dateline");
        if (!doc_.dateline) {
            json_.null();
            return;
        }
        json_.begin_object(support::JsonBuilder::Layout::Inline);
        span_members(doc_.dateline->span, true);
        json_.key("agency");
        id_or_null(doc_.dateline->agency);
        json_.end_object();
    }

    void write_entity(const Entity& entity) {
        json_.begin_object();
        json_.key("id");
        json_.string_utf8(entity.id);
        json_.key("kind");
        json_.string_utf8(to_string(entity.kind));
        json_.key("name");
        json_.string(entity.name);
        json_.key("aliases");
        string_list(entity.aliases);
        json_.key("roles");
        string_list(entity.roles);
        json_.key("gender");
        json_.string_utf8(to_string(entity.gender));
        json_.key("mentions");
        json_.begin_array();
        for (const Mention& mention : entity.mentions) {
            json_.begin_object(support::JsonBuilder::Layout::Inline);
            span_members(mention.span, true);
            json_.key("form");
            json_.string_utf8(to_string(mention.form));
            json_.end_object();
        }
        json_.end_array();
        corrected_flag(entity.corrected);
        json_.end_object();
    }

    void write_speaker(const std::optional<Speaker>& speaker) {
        json_.key("speaker");
        if (!speaker) {
            json_.null();
            return;
        }
        json_.begin_object();
        json_.key("entity");
        id_or_null(speaker->entity);
        json_.key("anonymous");
        json_.boolean(speaker->anonymous);
        json_.key("description");
        if (speaker->description.empty())
            json_.null();
        else
            json_.string(speaker->description);
        json_.key("mention");
        optional_span(speaker->mention);
        if (speaker->group()) {
            // Several actors speak together: all their ids, in text order.
            json_.key("entities");
            json_.begin_array();
            for (const std::string& id : speaker->entities)
                json_.string_utf8(id);
            json_.end_array();
        }
        json_.end_object();
    }

    void write_quote(const Quote& quote) {
        json_.begin_object();
        json_.key("id");
        json_.string_utf8(quote.id);
        span_members(quote.span, true);
        json_.key("kind");
        json_.string_utf8(to_string(quote.kind));
        // A quotation in one piece is its own group.
        json_.key("group");
        json_.string_utf8(quote.group.empty() ? quote.id : quote.group);
        write_speaker(quote.speaker);
        json_.key("cue");
        optional_span(quote.cue);
        json_.key("sources");
        json_.begin_array();
        for (const QuoteSource& source : quote.sources) {
            json_.begin_object(support::JsonBuilder::Layout::Inline);
            json_.key("entity");
            id_or_null(source.entity);
            json_.key("mention");
            span_object(source.mention);
            json_.end_object();
        }
        json_.end_array();
        json_.key("rule");
        json_.string_utf8(quote.rule);
        json_.key("confidence");
        json_.number(std::clamp(quote.confidence, 0.0, 1.0));
        corrected_flag(quote.corrected);
        if (quote.verified) {
            json_.key("verified");
            json_.boolean(true);
        }
        json_.end_object();
    }

    const Document& doc_;
    CodePointMap code_points_;
    support::JsonBuilder json_;
    const std::string& generator_;
};

} // namespace

std::string write_json(const Document& doc, const JsonOptions& options) {
    return DocumentWriter(doc, options).write();
}

} // namespace whosaid
