#include "whosaid/span_index.h"

#include <catch2/catch.hpp>

using namespace whosaid;

namespace {

// "M. Lavrov a dit «non»." with one entity and one quote around "non".
Document small_document() {
    Document doc;
    doc.text = u"M. Lavrov a dit \u00abnon\u00bb.";
    doc.paragraphs = {{0, static_cast<int32_t>(doc.text.size())}};
    Entity lavrov;
    lavrov.id = "e1";
    lavrov.mentions = {{{0, 9}, MentionForm::Title}};
    doc.entities = {lavrov};
    Quote quote;
    quote.id = "q1";
    quote.span = {17, 20};
    quote.cue = Span{10, 15};
    quote.speaker = Speaker{"e1", false, u"", Span{0, 9}};
    doc.quotes = {quote};
    return doc;
}

} // namespace

TEST_CASE("span index finds the spans at a position, innermost first", "[span_index]") {
    const Document doc = small_document();
    const SpanIndex index(doc);

    SECTION("inside a mention that is also the speaker mention") {
        auto hits = index.at(4);
        REQUIRE(hits.size() == 2);
        CHECK(hits[0].owner == 0);
        CHECK((hits[0].role == SpanRole::Mention || hits[0].role == SpanRole::SpeakerMention));
    }
    SECTION("inside the quote") {
        auto hits = index.at(18);
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].role == SpanRole::Quote);
        CHECK(hits[0].owner == 0);
    }
    SECTION("on the cue") {
        auto hits = index.at(12);
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].role == SpanRole::Cue);
    }
    SECTION("end positions are exclusive, gaps are empty") {
        CHECK(index.at(9).empty());
        CHECK(index.at(20).empty());
        CHECK(index.at(-1).empty());
        CHECK(index.at(1000).empty());
    }
}

TEST_CASE("span index handles nested and long spans", "[span_index]") {
    Document doc;
    doc.text = std::u16string(100, u'x');
    Entity e;
    e.id = "e1";
    e.mentions = {
        {{0, 90}, MentionForm::Name}, {{10, 12}, MentionForm::Name}, {{50, 51}, MentionForm::Name}};
    doc.entities = {e};
    const SpanIndex index(doc);
    CHECK(index.at(11).size() == 2);
    CHECK(index.at(11).front().span == Span{10, 12});
    CHECK(index.at(50).size() == 2);
    CHECK(index.at(89).size() == 1);
    CHECK(index.at(95).empty());
}

TEST_CASE("document finds the paragraph of a position", "[document]") {
    Document doc;
    doc.text = u"ab\n\ncd";
    doc.paragraphs = {{0, 2}, {4, 6}};
    CHECK(doc.paragraph_at(0) == 0);
    CHECK(doc.paragraph_at(1) == 0);
    CHECK(doc.paragraph_at(2) == -1);
    CHECK(doc.paragraph_at(4) == 1);
    CHECK(doc.paragraph_at(6) == -1);
}
