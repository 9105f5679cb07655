// Table-driven cases for a capitalized word naming a nationality or a group of people
// ("Democratic", "Israeli", "Muslim") at the head of a speaker's phrase. It is no person's
// name: the name a few lower-case words after it speaks, or the group as written. Every row
// was written for this table.
#include "quote_case_runner.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using namespace whosaid::testing;

namespace {

const EntityFixture kGreer{"Stan Greer", EntityKind::Person, Gender::Masculine, {"Stan Greer"}};
const EntityFixture kRuiz{"Ana Ruiz", EntityKind::Person, Gender::Feminine, {"Ana Ruiz"}};
const EntityFixture kCuban{
    "Marc Cuban", EntityKind::Person, Gender::Masculine, {"Marc Cuban", "Cuban"}};

// A group word, a few lower-case words, then the person they describe.
const std::vector<SpeakerCase> kGroupWordBeforeNameEn = {
    {"\"It was a long night for all of us,\" said Democratic pollster Stan Greer.",
     {kGreer},
     "It was a long night for all of us,",
     "Stan Greer"},
    {"\"We are not done yet,\" said Republican political consultant Ana Ruiz on Friday.",
     {kRuiz},
     "We are not done yet,",
     "Ana Ruiz"},
    {"\"Voters want a change of tone,\" said Muslim community leader Ana Ruiz.",
     {kRuiz},
     "Voters want a change of tone,",
     "Ana Ruiz"},
    // A capital opening the sentence before the group word changes nothing.
    {"Former Republican presidential candidate Stan Greer broke down what was wrong with the "
     "ad and its message to a Dutch newspaper: \"What he did was so careless.\"",
     {},
     "What he did was so careless.",
     "Stan Greer"},
    {"Former Democratic senator Ana Ruiz laid out what went wrong in the campaign and its "
     "final weeks to a local radio station: \"We never had a message.\"",
     {},
     "We never had a message.",
     "Ana Ruiz"},
    // A name the recognizer missed is read after the group word all the same.
    {"\"The map favours them this year,\" said undecided Republican voter Tom Hale of Derry.",
     {},
     "The map favours them this year,",
     "Tom Hale"},
};

// With no name after it, the group speaks as written: no person called "Israeli" appears.
const std::vector<SpeakerCase> kGroupWordSpeaksEn = {
    {"\"We will not back down,\" Republican lawmakers said on Tuesday.",
     {},
     "We will not back down,",
     "Republican lawmakers"},
    {"\"The talks are over for now,\" Israeli officials said on Wednesday.",
     {},
     "The talks are over for now,",
     "Israeli officials"},
    {"\"This is a disaster for the party,\" Democratic aides said after the vote.",
     {},
     "This is a disaster for the party,",
     "Democratic aides"},
};

// Keep-rows: a group word that a person of the article bears as a surname is that person.
const std::vector<SpeakerCase> kSurnameKeptEn = {
    {"Marc Cuban spoke at length. \"We will win this,\" Cuban said later.",
     {kCuban},
     "We will win this,",
     "Marc Cuban"},
};

} // namespace

TEST_CASE("The name after a group word and its lower-case words speaks", "[quotes][families]") {
    run_speaker_cases("en", kGroupWordBeforeNameEn);
}

TEST_CASE("A group word with no name after it speaks as the group written", "[quotes][families]") {
    run_speaker_cases("en", kGroupWordSpeaksEn);
}

TEST_CASE("A group word that is a person's surname stays that person", "[quotes][families]") {
    run_speaker_cases("en", kSurnameKeptEn);
}
