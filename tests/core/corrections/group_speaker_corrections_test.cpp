// Corrections on a quotation several actors speak together (Speaker::entities): a person's
// choice replaces the whole group; merging, removing and renumbering actors keep the group's
// ids right; a group left with one actor is that actor alone.
#include "corrections/corrections_test_support.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using whosaid::test::entity_named;
using whosaid::test::find_span;
using whosaid::test::quote_with;
using whosaid::test::story_document;

namespace {

// The story with "nous ne céderons pas" spoken by Sergueï Lavrov and Antony Blinken.
Document group_story() {
    Document doc = story_document(whosaid::test::corrections_story());
    Quote& quote = doc.quotes.front();
    quote.speaker->entities = {"e2", "e5"};
    quote.speaker->mentions = {*quote.speaker->mention, find_span(doc.text, u"Antony Blinken")};
    return doc;
}

std::vector<std::u16string> speaker_names(const Document& doc) {
    const Quote* quote = quote_with(doc, u"nous ne céderons pas");
    REQUIRE(quote);
    REQUIRE(quote->speaker);
    std::vector<std::u16string> names;
    if (!quote->speaker->group()) {
        names.push_back(doc.entity(quote->speaker->entity)->name);
        CHECK(quote->speaker->mentions.empty());
        return names;
    }
    CHECK(quote->speaker->entity == quote->speaker->entities.front());
    for (const std::string& id : quote->speaker->entities)
        names.push_back(doc.entity(id)->name);
    return names;
}

ApplyReport apply(Document& doc, const Correction& c) {
    CorrectionSet set;
    set.article = fingerprint(doc.text);
    set.items = {c};
    return apply_corrections(doc, set, AliasList{});
}

} // namespace

TEST_CASE("a correction replaces a group of speakers", "[corrections][groups]") {
    Document doc = group_story();
    Correction c = whosaid::test::correction(CorrectionAction::ReassignSpeaker);
    c.quote = anchor_at(doc, find_span(doc.text, u"nous ne céderons pas"));
    c.speaker = SpeakerChoice{
        SpeakerChoice::Kind::Actor, actor_ref(doc, *entity_named(doc, u"Lavrov")), {}};
    REQUIRE(apply(doc, c).stale.empty());
    CHECK(speaker_names(doc) == std::vector<std::u16string>{u"Lavrov"});
}

TEST_CASE("actors merged, removed and renumbered keep a group right", "[corrections][groups]") {
    SECTION("renumbered: the group follows its actors") {
        Document doc = group_story();
        Correction c = whosaid::test::correction(CorrectionAction::MergeActors);
        c.actor = actor_ref(doc, *entity_named(doc, u"Sergueï Lavrov"));
        c.other = actor_ref(doc, *entity_named(doc, u"Lavrov"));
        REQUIRE(apply(doc, c).stale.empty());
        CHECK(speaker_names(doc) ==
              std::vector<std::u16string>{u"Sergueï Lavrov", u"Antony Blinken"});
    }
    SECTION("two members merged: one actor speaks") {
        Document doc = group_story();
        Correction c = whosaid::test::correction(CorrectionAction::MergeActors);
        c.actor = actor_ref(doc, *entity_named(doc, u"Sergueï Lavrov"));
        c.other = actor_ref(doc, *entity_named(doc, u"Antony Blinken"));
        REQUIRE(apply(doc, c).stale.empty());
        CHECK(speaker_names(doc) == std::vector<std::u16string>{u"Sergueï Lavrov"});
    }
    SECTION("a member removed: the others speak") {
        Document doc = group_story();
        Correction c = whosaid::test::correction(CorrectionAction::RemoveMention);
        c.mention = anchor_at(doc, find_span(doc.text, u"Antony Blinken"));
        REQUIRE(apply(doc, c).stale.empty());
        CHECK(entity_named(doc, u"Antony Blinken") == nullptr);
        CHECK(speaker_names(doc) == std::vector<std::u16string>{u"Sergueï Lavrov"});
    }
}
