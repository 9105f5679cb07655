// Table-driven rows per family of capitalized words that mislead a name: a surname spelled
// like a stopword ("Owen Read", then "Read said"), and a common word opening a sentence glued
// to a name the article uses ("Given Hobbs' record"), a US lawmaker's party-and-state label
// ("(R-Texas)"). Rows that must stay as they are too.
// Sentences written for these tests, in wire style, with invented names.

#include "actors/entity_test_support.h"

#include <catch2/catch.hpp>

using namespace whosaid;
using whosaid::test::describe_all;
using whosaid::test::recognize_entities;

namespace {

struct MisleadingRow {
    const char* language;
    const char* text;
    std::vector<std::string> expected; // "kind|name|mention:form,...", in order of first mention
};

void check_rows(const std::vector<MisleadingRow>& rows) {
    for (const MisleadingRow& row : rows) {
        DYNAMIC_SECTION(row.text) {
            const Document doc = recognize_entities(row.text, row.language);
            CHECK(describe_all(doc) == row.expected);
        }
    }
}

} // namespace

TEST_CASE("a surname spelled like a stopword is read after a given name", "[entities][families]") {
    check_rows({
        // After a role, then alone before a speech verb once the full name is known.
        {"en",
         "Chief executive Owen Read said the deal was good. \"We like it,\" Read said.",
         {"person|Owen Read|Chief executive:description,Owen Read:name,Read:surname"}},
        {"en",
         "Analysts met Owen More in Leeds. The merger will close in June, More said.",
         {"person|Owen More|Owen More:name,More:surname", "place|Leeds|Leeds:name"}},
        {"en",
         "The board named Nora Follow as chair. Shareholders backed her, Follow told reporters.",
         {"person|Nora Follow|Nora Follow:name,Follow:surname"}},
        {"fr",
         "Le maire, Luc Voir, a démissionné lundi. « Je pars », a déclaré Voir.",
         {"person|Luc Voir|maire:description,Luc Voir:name,Voir:surname"}},
        // A weekday or a dated month after a given name is no surname.
        {"en", "Hobbs told Ivanka Monday that he would run.", {"person|Ivanka|Ivanka:surname"}},
        {"en", "The mayor met Owen May 5 and again in June.", {"person|Owen|Owen:surname"}},
        // The stopword opening a sentence stays a stopword, the surname known or not.
        {"en",
         "Read more: the mayor met Owen Hale in Leeds.",
         {"person|Owen Hale|Owen Hale:name", "place|Leeds|Leeds:name"}},
        {"en",
         "Donna Read won the seat. Read more on the results.",
         {"person|Donna Read|Donna Read:name"}},
    });
}

TEST_CASE("a common word opening a sentence is no word of the name after it",
          "[entities][families]") {
    check_rows({
        // Written in lower case elsewhere in the article.
        {"en",
         "Given Hobbs' record, the party backed Dale Hobbs. The vote was given in March.",
         {"person|Dale Hobbs|Hobbs:surname,Dale Hobbs:name"}},
        // A participle opening a headline or a sentence.
        {"en",
         "Debating Hobbs's plan\n\nThe council met Dale Hobbs on Monday. Hobbs spoke first.",
         {"person|Dale Hobbs|Hobbs:surname,Dale Hobbs:name,Hobbs:surname"}},
        {"en",
         "Understated Hobbs wins the vote\n\nLabor Secretary Dale Hobbs won the vote on Monday.",
         {"person|Dale Hobbs|Hobbs:surname,Labor Secretary:description,Dale Hobbs:name"}},
        {"en",
         "Pressing Hobbs on the plan, the mayor asked Dale Hobbs to resign.",
         {"person|Dale Hobbs|Hobbs:surname,Dale Hobbs:name"}},
        // A given name the lexicon does not hold, never written in lower case, stays.
        {"en",
         "Dagfinn Hobbs said the plan was sound. Hobbs spoke in Leeds.",
         {"person|Dagfinn Hobbs|Dagfinn Hobbs:name,Hobbs:surname", "place|Leeds|Leeds:name"}},
    });
}

TEST_CASE("a lawmaker's party-and-state label is no actor", "[entities][families]") {
    check_rows({
        {"en",
         "Sen. Dale Hobbs (R-Texas) said the bill was dead.",
         {"person|Dale Hobbs|Dale Hobbs:name"}},
        {"en",
         "Rep. Ann Lytton, D-Va., disagreed with the plan.",
         {"person|Ann Lytton|Ann Lytton:name"}},
        {"en", "Ann Lytton (I-Vt.) voted against it.", {"person|Ann Lytton|Ann Lytton:name"}},
        // Other hyphenated capitals stay names.
        {"en",
         "Dale Hobbs joined T-Mobile in Leeds.",
         {"person|Dale Hobbs|Dale Hobbs:name", "person|T-Mobile|T-Mobile:surname",
          "place|Leeds|Leeds:name"}},
    });
}
