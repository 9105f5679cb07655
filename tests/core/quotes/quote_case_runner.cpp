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

namespace {

// Attributes row's text into doc and checks its quotation's speaker; the quotation, or
// nullptr. Row is a SpeakerCase or a SpeakerMentionCase.
template <typename Row>
const Quote* check_speaker(const QuoteAttributor& attributor, const std::string& language,
                           const Row& row, Document& doc) {
    doc = make_document(row.text, language, row.entities);
    attributor.attribute(doc);
    const Quote* found = find_quote(doc, row.quote);
    CHECK(found != nullptr);
    if (!found)
        return nullptr;
    CHECK(speaker_name(doc, *found) == row.speaker);
    if (found->speaker && found->speaker->entity.empty())
        CHECK(found->speaker->anonymous);
    return found;
}

} // namespace

void run_speaker_cases(const std::string& language, const std::vector<SpeakerCase>& cases) {
    const QuoteAttributor attributor(language);
    for (const SpeakerCase& row : cases) {
        INFO(row.text);
        Document doc;
        check_speaker(attributor, language, row, doc);
    }
}

void run_speaker_mention_cases(const std::string& language,
                               const std::vector<SpeakerMentionCase>& cases) {
    const QuoteAttributor attributor(language);
    for (const SpeakerMentionCase& row : cases) {
        INFO(row.text);
        Document doc;
        const Quote* found = check_speaker(attributor, language, row, doc);
        if (!found)
            continue;
        const std::string mention = found->speaker && found->speaker->mention
                                        ? text_of(doc, *found->speaker->mention)
                                        : std::string();
        CHECK(mention == row.mention);
    }
}

} // namespace whosaid::testing
