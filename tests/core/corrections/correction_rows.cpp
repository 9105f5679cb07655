#include "corrections/correction_rows.h"

#include "corrections/corrections_test_support.h"

#include <catch2/catch.hpp>

namespace whosaid::test {

std::vector<CorrectionRow> correction_rows() {
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

std::u16string inserted_paragraph() {
    return u"Mis à jour à 14h05 : ajoute une réaction.\n\n";
}

} // namespace whosaid::test
