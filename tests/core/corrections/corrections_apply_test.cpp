#include "corrections/correction_rows.h"
#include "corrections/corrections_test_support.h"
#include "whosaid/json_writer.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::test;

TEST_CASE("every kind of correction round-trips through the file and applies", "[corrections]") {
    const Document original = story_document(whosaid::test::corrections_story());
    for (const CorrectionRow& row : correction_rows()) {
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
            Document edited =
                story_document(inserted_paragraph() + whosaid::test::corrections_story());
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
    const std::vector<CorrectionRow> rows = correction_rows();
    const std::u16string removed = u"nous ne céderons pas";
    std::u16string text = whosaid::test::corrections_story();
    text.replace(text.find(removed), removed.size(), u"rien ne bouge encore");
    for (const CorrectionRow& row : rows) {
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
    Document doc = story_document(inserted_paragraph() + story + u"\n" + story);
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

TEST_CASE("corrections on an analysis that found nothing apply or go stale, consistently",
          "[corrections]") {
    const Document original = story_document(whosaid::test::corrections_story());
    for (const CorrectionRow& row : correction_rows()) {
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
