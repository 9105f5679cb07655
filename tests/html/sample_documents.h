#pragma once

#include "whosaid/document.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Hand-built documents for the HTML export tests: written by the team in the style of wire
// copy, annotated by hand so the tests do not depend on the recognizer.
namespace whosaid::samples {

// Where a span is: the nth (1-based) occurrence of needle, or of needle inside the first
// occurrence of context when context is not empty.
struct At {
    std::u16string_view needle;
    int occurrence = 1;
    std::u16string_view context = {};
};

// The span of `at` in text; throws std::logic_error when it is not there (a broken test).
Span find(const std::u16string& text, const At& at);

// A document whose paragraphs are the blocks between blank lines, the first one the title.
Document make_document(std::u16string text, std::string language, std::string path);

struct MentionAt {
    At at;
    MentionForm form = MentionForm::Name;
};
void add_entity(Document& doc, std::string id, EntityKind kind, std::u16string name,
                const std::vector<MentionAt>& mentions, std::vector<std::u16string> roles = {});

struct SourceAt {
    std::string entity;
    At at;
};
struct QuoteAt {
    std::string id;
    At words; // the words inside the marks; marks are found around them
    QuoteKind kind = QuoteKind::Direct;
    bool has_speaker = false;
    std::string speaker; // entity id, may be empty
    std::optional<At> speaker_mention;
    bool anonymous = false;
    std::u16string description;
    std::optional<At> cue;
    std::vector<SourceAt> sources;
};
void add_quote(Document& doc, const QuoteAt& quote);

// A whole French dispatch: dateline, direct, partial and nested quotations, an anonymous
// speaker, sources (Interfax, AFP, TASS, France Inter), an unattributed quotation.
Document french_dispatch();
// A short English dispatch (labels in English).
Document english_dispatch();
// Markup, script, attribute and CDATA look-alikes in the text, ids, names, path and language.
Document hostile_article();
// Bad spans: crossing, across paragraphs, out of range, reversed, duplicate ids.
Document overlapping_article();
// Characters outside the BMP, and a span boundary inside a surrogate pair.
Document non_bmp_article();
// No text at all.
Document empty_document();

struct Sample {
    const char* name;
    Document doc;
    int mentions; // data-entity elements the export must hold
    int quotes;   // data-quote elements the export must hold
};
std::vector<Sample> all_samples();

} // namespace whosaid::samples
