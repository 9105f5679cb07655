#include "pipeline/document_checks.h"

#include "whosaid/unicode_text.h"

#include <catch2/catch.hpp>
#include <set>

namespace whosaid::test {

namespace {

bool inside_one_paragraph(const Document& doc, Span span) {
    const int paragraph = doc.paragraph_at(span.start);
    return paragraph >= 0 && doc.paragraphs[static_cast<size_t>(paragraph)].contains(span);
}

std::string describe(const Document& doc, Span span) {
    std::string text =
        span.start >= 0 && span.end <= static_cast<int32_t>(doc.text.size()) && !span.empty()
            ? to_utf8(doc.slice(span).substr(0, 60))
            : std::string();
    return "[" + std::to_string(span.start) + "," + std::to_string(span.end) + ") '" + text + "'";
}

std::string layout_problem(const Document& doc) {
    int32_t previous_end = 0;
    for (const Span& p : doc.paragraphs) {
        if (p.empty() || p.start < previous_end || p.end > static_cast<int32_t>(doc.text.size()))
            return "paragraph out of order or outside the text: " + describe(doc, p);
        previous_end = p.end;
    }
    for (const Span& s : doc.sentences)
        if (s.empty() || !inside_one_paragraph(doc, s))
            return "sentence outside one paragraph: " + describe(doc, s);
    if (doc.title && !inside_one_paragraph(doc, *doc.title))
        return "title outside one paragraph: " + describe(doc, *doc.title);
    return {};
}

std::string entity_problem(const Document& doc, std::set<std::string>& ids) {
    const Entity* previous = nullptr;
    for (const Entity& entity : doc.entities) {
        const std::string name = entity.id + " '" + to_utf8(entity.name) + "'";
        if (!ids.insert(entity.id).second)
            return "duplicate entity id " + name;
        if (entity.name.empty() || entity.mentions.empty())
            return "entity without name or mentions: " + name;
        for (size_t i = 0; i < entity.mentions.size(); ++i) {
            const Span span = entity.mentions[i].span;
            if (!inside_one_paragraph(doc, span))
                return "mention of " + name + " outside one paragraph: " + describe(doc, span);
            if (i > 0 && entity.mentions[i - 1].span.start > span.start)
                return "mentions of " + name + " not sorted";
        }
        if (previous && previous->mentions.front().span.start > entity.mentions.front().span.start)
            return "entities not in order of first mention at " + name;
        previous = &entity;
    }
    if (doc.dateline && !doc.dateline->agency.empty() && ids.count(doc.dateline->agency) == 0)
        return "dateline agency is no entity";
    return {};
}

std::string quote_problem(const Document& doc, const std::set<std::string>& entity_ids) {
    std::set<std::string> ids;
    for (const Quote& quote : doc.quotes) {
        const std::string name = quote.id + " " + describe(doc, quote.span);
        if (!ids.insert(quote.id).second)
            return "duplicate quote id " + name;
        if (!inside_one_paragraph(doc, quote.span) || !quote.marks.contains(quote.span))
            return "quote outside one paragraph or its marks: " + name;
        if (quote.confidence < 0.0 || quote.confidence > 1.0 || quote.group.empty())
            return "quote with bad confidence or no group: " + name;
        if (quote.cue && !inside_one_paragraph(doc, *quote.cue))
            return "cue outside one paragraph: " + name;
        if (quote.speaker) {
            const Speaker& speaker = *quote.speaker;
            if (!speaker.entity.empty() && entity_ids.count(speaker.entity) == 0)
                return "speaker is no entity: " + name;
            if (speaker.mention && !inside_one_paragraph(doc, *speaker.mention))
                return "speaker mention outside one paragraph: " + name;
            // The JSON contract: a speaker is an actor of the article or an anonymous one.
            if (speaker.entity.empty() && !speaker.anonymous)
                return "speaker neither an actor nor anonymous: " + name;
            if (speaker.anonymous && speaker.description.empty())
                return "anonymous speaker without description: " + name;
        }
        for (const QuoteSource& source : quote.sources)
            if (entity_ids.count(source.entity) == 0 || !inside_one_paragraph(doc, source.mention))
                return "bad source: " + name;
    }
    for (const Quote& quote : doc.quotes)
        if (ids.count(quote.group) == 0)
            return "group is no quote: " + quote.id;
    return {};
}

} // namespace

std::string document_problem(const Document& doc) {
    std::set<std::string> entity_ids;
    std::string problem = layout_problem(doc);
    if (problem.empty())
        problem = entity_problem(doc, entity_ids);
    if (problem.empty())
        problem = quote_problem(doc, entity_ids);
    return problem;
}

void check_document(const Document& doc) {
    const std::string problem = document_problem(doc);
    INFO(problem);
    CHECK(problem.empty());
}

} // namespace whosaid::test
