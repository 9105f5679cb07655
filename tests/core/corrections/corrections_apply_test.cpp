#include "corrections/corrections_test_support.h"
#include "whosaid/json_writer.h"
#include "whosaid/unicode_text.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace whosaid;
using whosaid::test::entity_named;
using whosaid::test::find_span;
using whosaid::test::quote_with;
using whosaid::test::story_document;

namespace {

TextAnchor anchor(const Document& doc, std::u16string_view text, int occurrence = 0) {
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

struct Row {
    const char* name;
    std::function<Correction(const Document&)> make;
    std::function<void(const Document&)> check;
};

// One row per kind of correction: how a person makes it on the story, and what the story
// must look like once it is applied.
std::vector<Row> correction_rows() {
    return {
        {"reassign-speaker to an actor",
         [](const Document& d) {
             Correction c = whosaid::test::correction(CorrectionAction::ReassignSpeaker);
             c.quote = anchor(d, u"nous ne céderons pas");
             c.speaker = speaker_actor(actor(d, u"Antony Blinken"));
             return c;
         },
         [](const Document& d) {
             const Quote* q = quote_with(d, u"nous ne céderons pas");
             REQUIRE(q);
             REQUIRE(q->speaker);
             CHECK(d.entity(q->speaker->entity)->name == u"Antony Blinken");
             CHECK(d.slice(*q->speaker->mention) == u"Antony Blinken");
             CHECK(q->corrected);
             CHECK(q->rule == "user");
         }},
        {"reassign-speaker to an anonymous speaker",
         [](const Document& d) {
             Correction c = whosaid::test::correction(CorrectionAction::ReassignSpeaker);
             c.quote = anchor(d, u"la crise durera");
             c.speaker =
                 SpeakerChoice{SpeakerChoice::Kind::Anonymous, {}, u"un diplomate occidental"};
             return c;
         },
         [](const Document& d) {
             const Quote* q = quote_with(d, u"la crise durera");
             REQUIRE(q);
             REQUIRE(q->speaker);
             CHECK(q->speaker->anonymous);
             CHECK(q->speaker->entity.empty());
             CHECK(q->speaker->description == u"un diplomate occidental");
         }},
        {"reassign-speaker to nobody",
         [](const Document& d) {
             Correction c = whosaid::test::correction(CorrectionAction::ReassignSpeaker);
             c.quote = anchor(d, u"nous ne céderons pas");
             return c;
         },
         [](const Document& d) {
             const Quote* q = quote_with(d, u"nous ne céderons pas");
             REQUIRE(q);
             CHECK_FALSE(q->speaker);
             CHECK(q->corrected);
         }},
        {"merge-actors",
         [](const Document& d) {
             Correction c = whosaid::test::correction(CorrectionAction::MergeActors);
             c.actor = actor(d, u"Sergueï Lavrov");
             c.other = actor(d, u"Lavrov");
             return c;
         },
         [](const Document& d) {
             CHECK(d.entities.size() == 4);
             CHECK(entity_named(d, u"Lavrov") == nullptr);
             const Entity* e = entity_named(d, u"Sergueï Lavrov");
             REQUIRE(e);
             CHECK(e->mentions.size() == 3);
             CHECK(e->aliases == std::vector<std::u16string>{u"Lavrov"});
             CHECK(e->corrected);
         }},
        {"split-mention into a named actor",
         [](const Document& d) {
             Correction c = whosaid::test::correction(CorrectionAction::SplitMention);
             c.mention = anchor(d, u"Le ministre");
             c.name = u"le ministre de la Défense";
             return c;
         },
         [](const Document& d) {
             const Entity* split = entity_named(d, u"le ministre de la Défense");
             REQUIRE(split);
             CHECK(split->mentions.size() == 1);
             CHECK(split->kind == EntityKind::Person);
             CHECK(entity_named(d, u"Sergueï Lavrov")->mentions.size() == 1);
             // The quotation attributed through that mention follows it.
             const Quote* q = quote_with(d, u"rien n'est décidé");
             CHECK(d.entity(q->speaker->entity) == split);
             CHECK(d.entity(quote_with(d, u"nous ne céderons pas")->speaker->entity)->name ==
                   u"Sergueï Lavrov");
         }},
        {"split-mention without a name",
         [](const Document& d) {
             Correction c = whosaid::test::correction(CorrectionAction::SplitMention);
             c.mention = anchor(d, u"Le ministre");
             return c;
         },
         [](const Document& d) {
             CHECK(entity_named(d, u"Le ministre") != nullptr);
         }},
        {"rename-actor",
         [](const Document& d) {
             Correction c = whosaid::test::correction(CorrectionAction::RenameActor);
             c.actor = actor(d, u"Antony Blinken");
             c.name = u"Antony J. Blinken";
             return c;
         },
         [](const Document& d) {
             const Entity* e = entity_named(d, u"Antony J. Blinken");
             REQUIRE(e);
             CHECK(e->aliases == std::vector<std::u16string>{u"Antony Blinken"});
             CHECK(e->corrected);
         }},
        {"change-actor-kind",
         [](const Document& d) {
             Correction c = whosaid::test::correction(CorrectionAction::ChangeActorKind);
             c.actor = actor(d, u"Interfax");
             c.entity_kind = EntityKind::Organization;
             return c;
         },
         [](const Document& d) {
             CHECK(entity_named(d, u"Interfax")->kind == EntityKind::Organization);
         }},
        {"add-mention to an existing actor",
         [](const Document& d) {
             Correction c = whosaid::test::correction(CorrectionAction::AddMention);
             c.mention = anchor(d, u"Blinken", 1);
             c.actor = actor_by_name(u"antony blinken");
             return c;
         },
         [](const Document& d) {
             const Entity* e = entity_named(d, u"Antony Blinken");
             REQUIRE(e->mentions.size() == 2);
             CHECK(d.slice(e->mentions[1].span) == u"Blinken");
         }},
        {"add-mention of a new actor",
         [](const Document& d) {
             Correction c = whosaid::test::correction(CorrectionAction::AddMention);
             c.mention = anchor(d, u"MOSCOU");
             c.new_actor = true;
             c.name = u"Moscou";
             c.entity_kind = EntityKind::Place;
             return c;
         },
         [](const Document& d) {
             CHECK(d.entities.size() == 6);
             CHECK(d.entities.front().name == u"Moscou"); // first mentioned: renumbered e1
             CHECK(d.entities.front().kind == EntityKind::Place);
             CHECK(d.entity(d.dateline->agency)->name == u"AFP");
         }},
        {"remove-mention",
         [](const Document& d) {
             Correction c = whosaid::test::correction(CorrectionAction::RemoveMention);
             c.mention = anchor(d, u"AFP");
             return c;
         },
         [](const Document& d) {
             CHECK(entity_named(d, u"AFP") == nullptr); // its only mention is gone
             CHECK(d.dateline->agency.empty());
             CHECK(d.entities.size() == 4);
         }},
        {"not-a-quote",
         [](const Document& d) {
             Correction c = whosaid::test::correction(CorrectionAction::NotAQuote);
             c.quote = anchor(d, u"rien n'est décidé");
             return c;
         },
         [](const Document& d) {
             CHECK(d.quotes.size() == 2);
             CHECK(quote_with(d, u"rien n'est décidé") == nullptr);
         }},
        {"add-quote",
         [](const Document& d) {
             Correction c = whosaid::test::correction(CorrectionAction::AddQuote);
             c.quote = anchor(d, u"pas question");
             c.quote_kind = QuoteKind::Direct;
             c.speaker = speaker_actor(actor(d, u"Antony Blinken"));
             return c;
         },
         [](const Document& d) {
             REQUIRE(d.quotes.size() == 4);
             const Quote* q = quote_with(d, u"pas question");
             REQUIRE(q);
             CHECK(q->id == "q4");
             CHECK(d.slice(q->marks) == u"« pas question »");
             CHECK(d.entity(q->speaker->entity)->name == u"Antony Blinken");
             CHECK(q->corrected);
             CHECK(q->confidence == 1.0);
         }},
        {"add-source through a known medium",
         [](const Document& d) {
             Correction c = whosaid::test::correction(CorrectionAction::AddSource);
             c.quote = anchor(d, u"rien n'est décidé");
             c.actor = actor(d, u"AFP");
             return c;
         },
         [](const Document& d) {
             const Quote* q = quote_with(d, u"rien n'est décidé");
             REQUIRE(q->sources.size() == 1);
             CHECK(d.entity(q->sources[0].entity)->name == u"AFP");
             CHECK(d.slice(q->sources[0].mention) == u"AFP");
         }},
        {"add-source through a medium the analysis missed",
         [](const Document& d) {
             Correction c = whosaid::test::correction(CorrectionAction::AddSource);
             c.quote = anchor(d, u"la crise durera");
             c.actor = ActorRef{anchor(d, u"Reuters"), u"Reuters"};
             return c;
         },
         [](const Document& d) {
             const Entity* reuters = entity_named(d, u"Reuters");
             REQUIRE(reuters);
             CHECK(reuters->kind == EntityKind::Media);
             const Quote* q = quote_with(d, u"la crise durera");
             REQUIRE(q->sources.size() == 1);
             CHECK(d.entity(q->sources[0].entity) == reuters);
         }},
        {"remove-source",
         [](const Document& d) {
             Correction c = whosaid::test::correction(CorrectionAction::RemoveSource);
             c.quote = anchor(d, u"nous ne céderons pas");
             c.actor = actor(d, u"Interfax");
             return c;
         },
         [](const Document& d) {
             CHECK(quote_with(d, u"nous ne céderons pas")->sources.empty());
             CHECK(entity_named(d, u"Interfax") != nullptr);
         }},
        {"confirm-speaker of the speaker the analysis gave",
         [](const Document& d) {
             Correction c = whosaid::test::correction(CorrectionAction::ConfirmSpeaker);
             c.quote = anchor(d, u"rien n'est décidé");
             c.speaker = speaker_actor(actor(d, u"Sergueï Lavrov"));
             return c;
         },
         [](const Document& d) {
             const Quote* q = quote_with(d, u"rien n'est décidé");
             REQUIRE(q);
             CHECK(q->verified);
             CHECK_FALSE(q->corrected); // nothing changed: the analysis was right
             CHECK(q->rule == "test");
             CHECK(q->confidence == 1.0);
             CHECK(d.slice(*q->speaker->mention) == u"Le ministre");
         }},
        {"confirm-speaker of nobody known",
         [](const Document& d) {
             Correction c = whosaid::test::correction(CorrectionAction::ConfirmSpeaker);
             c.quote = anchor(d, u"la crise durera");
             return c;
         },
         [](const Document& d) {
             const Quote* q = quote_with(d, u"la crise durera");
             REQUIRE(q);
             CHECK(q->verified);
             CHECK_FALSE(q->speaker);
             CHECK_FALSE(q->corrected);
         }},
    };
}

const std::u16string inserted = u"Mis à jour à 14h05 : ajoute une réaction.\n\n";

} // namespace

TEST_CASE("every kind of correction round-trips through the file and applies", "[corrections]") {
    const Document original = story_document(whosaid::test::corrections_story());
    for (const Row& row : correction_rows()) {
        DYNAMIC_SECTION(row.name) {
            CorrectionSet set;
            set.article = fingerprint(original.text);
            set.items.push_back(row.make(original));

            const Result<CorrectionSet> read =
                read_corrections_json(write_corrections_json(set), "story.txt.whosaid.json");
            INFO((read ? std::string() : read.error().message));
            REQUIRE(read);
            CHECK(read.value() == set);

            Document doc = original;
            const ApplyReport report = apply_corrections(doc, read.value(), AliasList{});
            INFO((report.stale.empty() ? std::string() : report.stale[0].message));
            REQUIRE(report.applied.size() == 1);
            CHECK_FALSE(report.applied[0].relocated);
            row.check(doc);
            whosaid::test::check_consistent(doc);

            // The same correction still applies when the article gained a paragraph above.
            Document edited = story_document(inserted + whosaid::test::corrections_story());
            const ApplyReport moved = apply_corrections(edited, set, AliasList{});
            REQUIRE(moved.applied.size() == 1);
            CHECK(moved.applied[0].relocated);
            row.check(edited);
            whosaid::test::check_consistent(edited);
        }
    }
}

TEST_CASE("a correction whose text was deleted is stale and changes nothing", "[corrections]") {
    const Document original = story_document(whosaid::test::corrections_story());
    const std::vector<Row> rows = correction_rows();
    const std::u16string removed = u"nous ne céderons pas";
    std::u16string text = whosaid::test::corrections_story();
    text.replace(text.find(removed), removed.size(), u"rien ne bouge encore");
    for (const Row& row : rows) {
        CorrectionSet set;
        set.items.push_back(row.make(original));
        const bool touches_it = set.items[0].quote.text == removed;
        if (!touches_it)
            continue;
        DYNAMIC_SECTION(row.name) {
            // The new words have the same length, so the hand-built spans stay valid.
            Document doc = original;
            doc.text = text;
            const std::string before = write_json(doc, {});
            const ApplyReport report = apply_corrections(doc, set, AliasList{});
            CHECK(report.applied.empty());
            REQUIRE(report.stale.size() == 1);
            CHECK(report.stale[0].index == 0);
            CHECK(report.stale[0].message.find("no longer in the article") != std::string::npos);
            CHECK(write_json(doc, {}) == before);
        }
    }
}

TEST_CASE("a correction whose text now occurs twice in the same context is stale",
          "[corrections]") {
    const Document original = story_document(whosaid::test::corrections_story());
    CorrectionSet set;
    Correction c = whosaid::test::correction(CorrectionAction::NotAQuote);
    c.quote = anchor(original, u"la crise durera");
    set.items.push_back(c);
    // The story pasted twice below a new line: both copies have the same context.
    const std::u16string story = whosaid::test::corrections_story();
    Document doc = story_document(inserted + story + u"\n" + story);
    const ApplyReport report = apply_corrections(doc, set, AliasList{});
    REQUIRE(report.stale.size() == 1);
    CHECK(report.stale[0].message.find("cannot tell which") != std::string::npos);
    CHECK(doc.quotes.size() == 3);
}

TEST_CASE("corrections apply in order and later ones see the earlier ones", "[corrections]") {
    const Document original = story_document(whosaid::test::corrections_story());
    CorrectionSet set;
    Correction merge = whosaid::test::correction(CorrectionAction::MergeActors);
    merge.actor = actor(original, u"Sergueï Lavrov");
    merge.other = actor(original, u"Lavrov");
    Correction rename = whosaid::test::correction(CorrectionAction::RenameActor);
    rename.actor = actor(original, u"Lavrov"); // by its mention: now part of the merged actor
    rename.name = u"Sergueï V. Lavrov";
    set.items = {merge, rename};
    Document doc = original;
    const ApplyReport report = apply_corrections(doc, set, AliasList{});
    CHECK(report.applied.size() == 2);
    const Entity* e = entity_named(doc, u"Sergueï V. Lavrov");
    REQUIRE(e);
    CHECK(e->mentions.size() == 3);
    // Both of its quotations still point at it after the renumbering.
    CHECK(doc.entity(quote_with(doc, u"rien n'est décidé")->speaker->entity) == e);
    whosaid::test::check_consistent(doc);
}

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

TEST_CASE("the alias list merges the actors its names denote", "[corrections][aliases]") {
    struct AliasRow {
        const char* name;
        std::vector<std::u16string> group;
        std::u16string expected_name;
        size_t merges;
    };
    const std::vector<AliasRow> rows = {
        {"the article's spelling of the first name of the group that occurs",
         {u"Лавров", u"Serguei Lavrov", u"Lavrov"},
         u"Sergueï Lavrov",
         1},
        {"the article's spelling when the group starts with it",
         {u"Lavrov", u"Sergueï Lavrov"},
         u"Lavrov",
         1},
        {"a group naming no actor changes nothing",
         {u"Лавров", u"Sergei Lavrov"},
         u"Sergueï Lavrov",
         0},
    };
    for (const AliasRow& row : rows) {
        DYNAMIC_SECTION(row.name) {
            Document doc = story_document(whosaid::test::corrections_story());
            const ApplyReport report = apply_corrections(doc, {}, AliasList{{row.group}});
            CHECK(report.alias_merges == row.merges);
            const Entity* e = entity_named(doc, row.expected_name);
            REQUIRE(e);
            CHECK(e->mentions.size() == (row.merges == 1 ? 3u : 2u));
            CHECK(e->corrected == (row.merges == 1));
            whosaid::test::check_consistent(doc);
        }
    }
}

TEST_CASE("the JSON output marks what a person corrected", "[corrections][json]") {
    Document doc = story_document(whosaid::test::corrections_story());
    const std::string untouched = write_json(doc, {});
    CHECK(untouched.find("\"corrected\"") == std::string::npos);
    CorrectionSet set;
    Correction c = whosaid::test::correction(CorrectionAction::RenameActor);
    c.actor = actor(doc, u"Interfax");
    c.name = u"Interfax-Ukraine";
    Correction q = whosaid::test::correction(CorrectionAction::ReassignSpeaker);
    q.quote = anchor(doc, u"la crise durera");
    q.speaker = speaker_actor(actor(doc, u"Antony Blinken"));
    set.items = {c, q};
    apply_corrections(doc, set, AliasList{});
    const std::string json = write_json(doc, {});
    size_t count = 0;
    for (size_t pos = json.find("\"corrected\":true"); pos != std::string::npos;
         pos = json.find("\"corrected\":true", pos + 1))
        ++count;
    CHECK(count == 2);
    CHECK(json.find("\"corrected\":false") == std::string::npos);
    CHECK(json.find("\"verified\"") == std::string::npos);

    Correction confirm = whosaid::test::correction(CorrectionAction::ConfirmSpeaker);
    confirm.quote = anchor(doc, u"rien n'est décidé");
    confirm.speaker = speaker_actor(actor(doc, u"Sergueï Lavrov"));
    apply_corrections(doc, CorrectionSet{{}, {confirm}}, AliasList{});
    const std::string confirmed = write_json(doc, {});
    const size_t verified = confirmed.find("\"verified\":true");
    REQUIRE(verified != std::string::npos);
    CHECK(confirmed.find("\"verified\"", verified + 1) == std::string::npos);
    // It is the confirmed quotation's flag.
    CHECK(confirmed.rfind("rien n'est décidé", verified) > confirmed.rfind("\"id\":\"q", verified));
}

TEST_CASE("corrections on an analysis that found nothing apply or go stale, consistently",
          "[corrections]") {
    const Document original = story_document(whosaid::test::corrections_story());
    for (const Row& row : correction_rows()) {
        DYNAMIC_SECTION(row.name) {
            Document bare = original;
            bare.entities.clear();
            bare.quotes.clear();
            bare.dateline.reset();
            CorrectionSet set;
            set.items.push_back(row.make(original));
            const ApplyReport report = apply_corrections(bare, set, AliasList{});
            CHECK(report.applied.size() + report.stale.size() == 1);
            for (const StaleCorrection& stale : report.stale)
                CHECK_FALSE(stale.message.empty());
            whosaid::test::check_consistent(bare);
        }
    }
}
