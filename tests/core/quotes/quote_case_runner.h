#pragma once

#include "quotes/quote_test_support.h"

#include <string>
#include <vector>

namespace whosaid::testing {

// One sentence case: the text (and the entities the recognizer would have found), the
// quotation expected in it and its attribution. Empty speaker, cue, sources or rule mean
// "none".
struct QuoteCase {
    std::string text;
    std::vector<EntityFixture> entities;
    std::string quote;
    std::string kind;
    std::string speaker; // entity name or description
    std::string cue;
    std::string sources; // entity names joined with "|"
    std::string rule;
};

// Runs every case through a QuoteAttributor for language and checks each field.
void run_quote_cases(const std::string& language, const std::vector<QuoteCase>& cases);

// One speaker case: the text, its entities, the quotation's words and who says them (an
// actor's name or a description as written; "" is nobody).
struct SpeakerCase {
    std::string text;
    std::vector<EntityFixture> entities;
    std::string quote;
    std::string speaker;
};

// Runs every case through a QuoteAttributor for language and checks the speaker, and that a
// speaker who is no actor of the article is anonymous.
void run_speaker_cases(const std::string& language, const std::vector<SpeakerCase>& cases);

// A speaker case that also says where the attribution names the speaker ("" for nowhere).
struct SpeakerMentionCase {
    std::string text;
    std::vector<EntityFixture> entities;
    std::string quote;
    std::string speaker;
    std::string mention;
};

// As run_speaker_cases, and checks the text of the speaker's mention.
void run_speaker_mention_cases(const std::string& language,
                               const std::vector<SpeakerMentionCase>& cases);

} // namespace whosaid::testing
