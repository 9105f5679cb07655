#include "quotes/quote_test_support.h"

#include "whosaid/unicode_text.h"

#include <algorithm>

namespace whosaid::testing {

namespace {

bool is_word(char16_t c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           (c >= 0xC0 && c <= 0x24F);
}

std::vector<Span> split_paragraphs(const std::u16string& text) {
    std::vector<Span> out;
    int32_t start = 0;
    const auto n = static_cast<int32_t>(text.size());
    auto push = [&](int32_t s, int32_t e) {
        while (s < e &&
               (text[static_cast<size_t>(s)] == u' ' || text[static_cast<size_t>(s)] == u'\n'))
            ++s;
        while (e > s && (text[static_cast<size_t>(e - 1)] == u' ' ||
                         text[static_cast<size_t>(e - 1)] == u'\n'))
            --e;
        if (e > s)
            out.push_back({s, e});
    };
    for (int32_t i = 0; i + 1 < n; ++i)
        if (text[static_cast<size_t>(i)] == u'\n' && text[static_cast<size_t>(i + 1)] == u'\n') {
            push(start, i);
            start = i + 2;
            ++i;
        }
    push(start, n);
    return out;
}

bool is_title_abbreviation(std::u16string_view word) {
    return word == u"Sen" || word == u"Rep" || word == u"Gov" || word == u"Gen";
}

std::vector<Span> split_sentences(const std::u16string& text, const std::vector<Span>& paragraphs) {
    std::vector<Span> out;
    for (Span p : paragraphs) {
        int32_t start = p.start;
        for (int32_t i = p.start; i < p.end; ++i) {
            const char16_t c = text[static_cast<size_t>(i)];
            if ((c == u'.' || c == u'!' || c == u'?') && i + 1 < p.end &&
                text[static_cast<size_t>(i + 1)] == u' ') {
                // Not after an honorific ("M.", "Mr.") or an initial.
                const bool short_word = i >= 1 && is_word(text[static_cast<size_t>(i - 1)]) &&
                                        (i < 2 || !is_word(text[static_cast<size_t>(i - 2)]) ||
                                         (i >= 3 && text[static_cast<size_t>(i - 2)] == u'r' &&
                                          !is_word(text[static_cast<size_t>(i - 3)])));
                // Nor after an abbreviated title, as the real segmenter reads them.
                const bool title =
                    i >= 3 && (i < 4 || !is_word(text[static_cast<size_t>(i - 4)])) &&
                    is_title_abbreviation(text.substr(static_cast<size_t>(i - 3), 3));
                if (short_word || title)
                    continue;
                out.push_back({start, i + 1});
                start = i + 2;
            }
        }
        if (start < p.end)
            out.push_back({start, p.end});
    }
    return out;
}

} // namespace

Document make_document(const std::string& utf8_text, const std::string& language,
                       const std::vector<EntityFixture>& entities) {
    Document doc;
    doc.text = to_utf16(utf8_text);
    doc.language = language;
    doc.paragraphs = split_paragraphs(doc.text);
    doc.sentences = split_sentences(doc.text, doc.paragraphs);
    for (const EntityFixture& fixture : entities) {
        Entity entity;
        entity.id = "e" + std::to_string(doc.entities.size() + 1);
        entity.kind = fixture.kind;
        entity.name = to_utf16(fixture.name);
        entity.gender = fixture.gender;
        for (const std::string& role : fixture.roles)
            entity.roles.push_back(to_utf16(role));
        std::vector<std::string> strings = fixture.mentions;
        if (strings.empty())
            strings.push_back(fixture.name);
        for (const std::string& s : strings) {
            const std::u16string needle = to_utf16(s);
            for (size_t at = doc.text.find(needle); at != std::u16string::npos;
                 at = doc.text.find(needle, at + 1)) {
                const size_t end = at + needle.size();
                const bool whole = (at == 0 || !is_word(doc.text[at - 1])) &&
                                   (end >= doc.text.size() || !is_word(doc.text[end]));
                if (!whole)
                    continue;
                entity.mentions.push_back(
                    {{static_cast<int32_t>(at), static_cast<int32_t>(end)},
                     s == fixture.name ? MentionForm::Name : MentionForm::Title});
            }
        }
        std::sort(entity.mentions.begin(), entity.mentions.end(),
                  [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
        doc.entities.push_back(std::move(entity));
    }
    return doc;
}

std::string text_of(const Document& doc, Span span) {
    return to_utf8(doc.slice(span));
}

const Quote* find_quote(const Document& doc, const std::string& text) {
    const Quote* found = nullptr;
    for (const Quote& quote : doc.quotes)
        if (text_of(doc, quote.span) == text)
            found = &quote;
    return found;
}

std::string speaker_name(const Document& doc, const Quote& quote) {
    if (!quote.speaker)
        return "";
    if (const Entity* entity = doc.entity(quote.speaker->entity))
        return to_utf8(entity->name);
    if (!quote.speaker->description.empty())
        return to_utf8(quote.speaker->description);
    return quote.speaker->mention ? text_of(doc, *quote.speaker->mention) : "";
}

std::string source_names(const Document& doc, const Quote& quote) {
    std::string out;
    for (const QuoteSource& source : quote.sources) {
        if (!out.empty())
            out += "|";
        const Entity* entity = doc.entity(source.entity);
        out += entity ? to_utf8(entity->name) : "?";
    }
    return out;
}

} // namespace whosaid::testing
