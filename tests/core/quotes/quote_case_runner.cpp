#include "quotes/quote_case_runner.h"

#include "whosaid/quote_attributor.h"

#include <catch2/catch.hpp>

namespace whosaid::testing {

void run_quote_cases(const std::string& language, const std::vector<QuoteCase>& cases) {
    const QuoteAttributor attributor(language);
    for (const QuoteCase& row : cases) {
        INFO(row.text);
        Document doc = make_document(row.text, language, row.entities);
        attributor.attribute(doc);
        const Quote* found = find_quote(doc, row.quote);
        CHECK(found != nullptr);
        if (!found)
            continue;
        CHECK(to_string(found->kind) == row.kind);
        CHECK(speaker_name(doc, *found) == row.speaker);
        // A speaker who is no actor of the article is anonymous ("le ministère", "la juge").
        if (found->speaker)
            CHECK((!found->speaker->entity.empty() || found->speaker->anonymous));
        CHECK((found->cue ? text_of(doc, *found->cue) : std::string()) == row.cue);
        CHECK(source_names(doc, *found) == row.sources);
        CHECK(found->rule == row.rule);
        CHECK(text_of(doc, found->marks).find(row.quote) != std::string::npos);
    }
}

void run_speaker_cases(const std::string& language, const std::vector<SpeakerCase>& cases) {
    const QuoteAttributor attributor(language);
    for (const SpeakerCase& row : cases) {
        INFO(row.text);
        Document doc = make_document(row.text, language, row.entities);
        attributor.attribute(doc);
        const Quote* found = find_quote(doc, row.quote);
        REQUIRE(found != nullptr);
        CHECK(speaker_name(doc, *found) == row.speaker);
        if (found->speaker && found->speaker->entity.empty())
            CHECK(found->speaker->anonymous);
    }
}

} // namespace whosaid::testing
