#include "corrections/corrections_test_support.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::test;

TEST_CASE("a confirmed speaker stays verified only while it is the speaker shown",
          "[corrections][confirm]") {
    const Document original = story_document(whosaid::test::corrections_story());
    Correction confirm = whosaid::test::correction(CorrectionAction::ConfirmSpeaker);
    confirm.quote = anchor(original, u"nous ne céderons pas");
    confirm.speaker = speaker_actor(actor(original, u"Sergueï Lavrov"));
    Correction reassign = whosaid::test::correction(CorrectionAction::ReassignSpeaker);
    reassign.quote = confirm.quote;
    reassign.speaker = speaker_actor(actor(original, u"Antony Blinken"));
    Correction merge = whosaid::test::correction(CorrectionAction::MergeActors);
    merge.actor = actor(original, u"Lavrov");
    merge.other = actor(original, u"Sergueï Lavrov");
    Correction split = whosaid::test::correction(CorrectionAction::SplitMention);
    split.mention = anchor(original, u"Sergueï Lavrov");
    split.name = u"Sergueï Lavrov fils";
    Correction anonymous = confirm;
    anonymous.speaker = SpeakerChoice{SpeakerChoice::Kind::Anonymous, {}, u"un porte-parole"};

    struct ConfirmRow {
        const char* name;
        std::vector<Correction> items;
        bool verified;
        std::u16string speaker; // the actor's name, the description, or empty for nobody
        bool corrected;
    };
    const std::vector<ConfirmRow> rows = {
        {"a reassignment after the confirmation takes the mark away",
         {confirm, reassign},
         false,
         u"Antony Blinken",
         true},
        {"a confirmation after a reassignment confirms the new speaker",
         {reassign, confirm},
         true,
         u"Sergueï Lavrov",
         true},
        {"a merge keeps the mark: the confirmed person still speaks",
         {confirm, merge},
         true,
         u"Lavrov",
         true},
        {"splitting the mention that named the speaker off takes the mark away",
         {confirm, split},
         false,
         u"Sergueï Lavrov fils",
         true},
        {"an anonymous speaker is confirmed as described",
         {anonymous},
         true,
         u"un porte-parole",
         true},
    };
    for (const ConfirmRow& row : rows) {
        DYNAMIC_SECTION(row.name) {
            Document doc = original;
            CorrectionSet set;
            set.items = row.items;
            const ApplyReport report = apply_corrections(doc, set, AliasList{});
            INFO((report.stale.empty() ? std::string() : report.stale[0].message));
            REQUIRE(report.applied.size() == row.items.size());
            const Quote* q = quote_with(doc, u"nous ne céderons pas");
            REQUIRE(q);
            CHECK(q->verified == row.verified);
            CHECK(q->corrected == row.corrected);
            std::u16string speaker;
            if (q->speaker)
                speaker = q->speaker->anonymous ? q->speaker->description
                                                : doc.entity(q->speaker->entity)->name;
            CHECK(speaker == row.speaker);
            whosaid::test::check_consistent(doc);
        }
    }
}

TEST_CASE("a confirmation restores its speaker when a new analysis gives another one",
          "[corrections][confirm]") {
    const Document original = story_document(whosaid::test::corrections_story());
    CorrectionSet set;
    Correction confirm = whosaid::test::correction(CorrectionAction::ConfirmSpeaker);
    confirm.quote = anchor(original, u"rien n'est décidé");
    confirm.speaker = speaker_actor(actor(original, u"Sergueï Lavrov"));
    set.items = {confirm};
    // The new analysis gives the words to Blinken.
    Document doc = original;
    Quote& changed = doc.quotes[1];
    REQUIRE(doc.slice(changed.span) == u"rien n'est décidé");
    changed.speaker = Speaker{entity_named(doc, u"Antony Blinken")->id, false, {}, std::nullopt};
    const ApplyReport report = apply_corrections(doc, set, AliasList{});
    REQUIRE(report.applied.size() == 1);
    const Quote* q = quote_with(doc, u"rien n'est décidé");
    CHECK(q->verified);
    CHECK(q->corrected);
    CHECK(q->rule == "user");
    CHECK(doc.entity(q->speaker->entity)->name == u"Sergueï Lavrov");
}

TEST_CASE("a confirmation of an actor the article no longer names is stale",
          "[corrections][confirm]") {
    const Document original = story_document(whosaid::test::corrections_story());
    CorrectionSet set;
    Correction confirm = whosaid::test::correction(CorrectionAction::ConfirmSpeaker);
    confirm.quote = anchor(original, u"nous ne céderons pas");
    confirm.speaker = speaker_actor(actor_by_name(u"Dmitri Peskov"));
    set.items = {confirm};
    Document doc = original;
    const ApplyReport report = apply_corrections(doc, set, AliasList{});
    REQUIRE(report.stale.size() == 1);
    CHECK(report.stale[0].action == CorrectionAction::ConfirmSpeaker);
    CHECK_FALSE(quote_with(doc, u"nous ne céderons pas")->verified);
}
