#include "corrections/corrections_test_support.h"
#include "whosaid/json_writer.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::test;

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
