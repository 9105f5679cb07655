// CorrectionBuilder: the core correction each change records, and the changes it refuses,
// apart from the undo stack and the sidecar (corrections_test.cpp).
#include "article.h"
#include "article_fixture.h"
#include "correction_builder.h"
#include "qstring_maker.h"

#include <catch2/catch.hpp>
#include <functional>
#include <vector>

using Built = std::optional<whosaid::Correction>;

TEST_CASE("without an article every change is refused", "[gui][corrections]") {
    const CorrectionBuilder builder(nullptr);
    const whosaid::Span span{0, 4};
    const std::vector<std::function<Built()>> changes = {
        [&] { return builder.reassignSpeaker(0, -1); },
        [&] { return builder.makeSpeakerAnonymous(0, QStringLiteral("un témoin")); },
        [&] { return builder.notAQuote(0); },
        [&] { return builder.confirmSpeaker(0); },
        [&] { return builder.renameActor(0, QStringLiteral("Jean Dupond")); },
        [&] { return builder.changeActorKind(0, whosaid::EntityKind::Place); },
        [&] { return builder.mergeActors(0, 1); },
        [&] { return builder.removeMention(0, 0); },
        [&] { return builder.splitMention(0, 0); },
        [&] { return builder.addMention(span, 0); },
        [&] { return builder.addMentionOfNewActor(span, {}, whosaid::EntityKind::Person); },
        [&] { return builder.addQuote(span, whosaid::QuoteKind::Direct, -1); },
        [&] { return builder.addAnonymousQuote(span, whosaid::QuoteKind::Direct, {}); },
        [&] { return builder.addSource(0, 1); },
        [&] { return builder.addNewSource(0, QStringLiteral("Reuters")); },
        [&] { return builder.removeSource(0, 0); },
    };
    for (size_t i = 0; i < changes.size(); ++i) {
        INFO("change " << i);
        CHECK_FALSE(changes[i]().has_value());
    }
    CHECK(builder.newSourceMention(0, QStringLiteral("Reuters")).empty());
}

TEST_CASE("a built correction is anchored in the text of the article", "[gui][corrections]") {
    const Article article(fixture::article());
    const CorrectionBuilder builder(&article);
    const int dupont = article.entityIndex("e1");
    REQUIRE(dupont >= 0);

    const Built renamed = builder.renameActor(dupont, QStringLiteral("  Jean-Paul Dupont "));
    REQUIRE(renamed);
    CHECK(renamed->action == whosaid::CorrectionAction::RenameActor);
    CHECK(renamed->name == u"Jean-Paul Dupont");

    const Built removed = builder.notAQuote(0);
    REQUIRE(removed);
    CHECK(removed->action == whosaid::CorrectionAction::NotAQuote);
    CHECK(removed->quote.text ==
          article.document().text.substr(static_cast<size_t>(article.quote(0).span.start),
                                         static_cast<size_t>(article.quote(0).span.length())));

    // Out of range, or nothing to change.
    CHECK_FALSE(builder.notAQuote(article.quoteCount()));
    CHECK_FALSE(builder.renameActor(dupont, article.entityName(dupont)));
    CHECK_FALSE(builder.mergeActors(dupont, dupont));
    CHECK_FALSE(builder.removeMention(dupont, article.mentionCount(dupont)));
}
