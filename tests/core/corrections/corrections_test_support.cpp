#include "corrections/corrections_test_support.h"

#include <algorithm>
#include <catch2/catch.hpp>

namespace whosaid::test {

std::u16string corrections_story() {
    return u"MOSCOU (AFP) - Sergueï Lavrov a déclaré « nous ne céderons pas », cité par "
           u"l'agence Interfax. Le ministre a ajouté que « rien n'est décidé ». Un diplomate "
           u"occidental a estimé que « la crise durera », selon Reuters. Lavrov doit rencontrer "
           u"Antony Blinken. Blinken a répondu : « pas question ».";
}

Span find_span(std::u16string_view text, std::u16string_view needle, int occurrence) {
    size_t pos = text.find(needle);
    for (int i = 0; i < occurrence && pos != std::u16string_view::npos; ++i)
        pos = text.find(needle, pos + 1);
    REQUIRE(pos != std::u16string_view::npos);
    const auto start = static_cast<int32_t>(pos);
    return Span{start, start + static_cast<int32_t>(needle.size())};
}

namespace {

Entity make_entity(std::string id, EntityKind kind, std::u16string name,
                   std::vector<Mention> mentions) {
    Entity entity;
    entity.id = std::move(id);
    entity.kind = kind;
    entity.name = std::move(name);
    entity.mentions = std::move(mentions);
    return entity;
}

Quote make_quote(std::string id, Span words, std::optional<Speaker> speaker) {
    Quote quote;
    quote.id = std::move(id);
    quote.span = words;
    quote.marks = Span{words.start - 2, words.end + 2}; // "« " and " »"
    quote.speaker = std::move(speaker);
    quote.rule = "test";
    quote.confidence = 0.8;
    return quote;
}

} // namespace

Document story_document(const std::u16string& text) {
    Document doc;
    doc.text = text;
    doc.language = "fr";
    doc.paragraphs = {Span{0, static_cast<int32_t>(text.size())}};
    const Span afp = find_span(text, u"AFP");
    const Span sergei = find_span(text, u"Sergueï Lavrov");
    const Span minister = find_span(text, u"Le ministre");
    const Span interfax = find_span(text, u"Interfax");
    const Span lavrov = find_span(text, u"Lavrov", 1);
    const Span blinken = find_span(text, u"Antony Blinken");
    doc.dateline = Dateline{find_span(text, u"MOSCOU (AFP) -"), "e1", afp};
    doc.entities = {
        make_entity("e1", EntityKind::Media, u"AFP", {{afp, MentionForm::Acronym}}),
        make_entity("e2", EntityKind::Person, u"Sergueï Lavrov",
                    {{sergei, MentionForm::Name}, {minister, MentionForm::Title}}),
        make_entity("e3", EntityKind::Media, u"Interfax", {{interfax, MentionForm::Name}}),
        make_entity("e4", EntityKind::Person, u"Lavrov", {{lavrov, MentionForm::Surname}}),
        make_entity("e5", EntityKind::Person, u"Antony Blinken", {{blinken, MentionForm::Name}}),
    };
    Quote first = make_quote("q1", find_span(text, u"nous ne céderons pas"),
                             Speaker{"e2", false, {}, sergei});
    first.cue = find_span(text, u"a déclaré");
    first.sources = {QuoteSource{"e3", interfax}};
    doc.quotes = {
        first,
        make_quote("q2", find_span(text, u"rien n'est décidé"), Speaker{"e2", false, {}, minister}),
        make_quote("q3", find_span(text, u"la crise durera"), std::nullopt),
    };
    return doc;
}

const Entity* entity_named(const Document& doc, std::u16string_view name) {
    auto it = std::find_if(doc.entities.begin(), doc.entities.end(),
                           [&](const Entity& e) { return e.name == name; });
    return it == doc.entities.end() ? nullptr : &*it;
}

const Quote* quote_with(const Document& doc, std::u16string_view text) {
    auto it = std::find_if(doc.quotes.begin(), doc.quotes.end(),
                           [&](const Quote& q) { return doc.slice(q.span) == text; });
    return it == doc.quotes.end() ? nullptr : &*it;
}

void check_consistent(const Document& doc) {
    const auto length = static_cast<int32_t>(doc.text.size());
    auto inside = [&](Span span) {
        return 0 <= span.start && span.start <= span.end && span.end <= length;
    };
    int32_t previous_first = -1;
    for (size_t i = 0; i < doc.entities.size(); ++i) {
        const Entity& entity = doc.entities[i];
        CHECK(entity.id == "e" + std::to_string(i + 1));
        REQUIRE_FALSE(entity.mentions.empty());
        CHECK(entity.mentions.front().span.start >= previous_first);
        previous_first = entity.mentions.front().span.start;
        for (size_t m = 0; m < entity.mentions.size(); ++m) {
            CHECK(inside(entity.mentions[m].span));
            if (m > 0)
                CHECK(entity.mentions[m - 1].span < entity.mentions[m].span);
        }
    }
    for (size_t i = 0; i < doc.quotes.size(); ++i) {
        const Quote& quote = doc.quotes[i];
        CHECK(quote.id == "q" + std::to_string(i + 1));
        CHECK(inside(quote.span));
        CHECK(quote.marks.contains(quote.span));
        if (i > 0)
            CHECK(doc.quotes[i - 1].span.start <= quote.span.start);
        if (quote.speaker && !quote.speaker->entity.empty())
            CHECK(doc.entity(quote.speaker->entity) != nullptr);
        for (const QuoteSource& source : quote.sources) {
            CHECK(doc.entity(source.entity) != nullptr);
            CHECK(inside(source.mention));
        }
    }
    if (doc.dateline && !doc.dateline->agency.empty())
        CHECK(doc.entity(doc.dateline->agency) != nullptr);
}

TextAnchor anchor(const Document& doc, std::u16string_view text, int occurrence) {
    return anchor_at(doc, find_span(doc.text, text, occurrence));
}

ActorRef actor(const Document& doc, std::u16string_view name) {
    const Entity* entity = entity_named(doc, name);
    REQUIRE(entity != nullptr);
    return actor_ref(doc, *entity);
}

ActorRef actor_by_name(std::u16string name) {
    return ActorRef{std::nullopt, std::move(name)};
}

SpeakerChoice speaker_actor(ActorRef ref) {
    return SpeakerChoice{SpeakerChoice::Kind::Actor, std::move(ref), {}};
}

} // namespace whosaid::test
