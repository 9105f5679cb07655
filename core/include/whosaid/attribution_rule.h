#pragma once

#include <span>
#include <string_view>

// The ids of the rules that attribute a quotation to its speaker. The analysis writes them
// into Quote::rule with the article's language in front ("fr.incise", "en.floor"); a
// person's correction writes `user` alone. The JSON keeps them; the reader and the HTML
// export explain them in words (a test holds every id here to an explanation).
namespace whosaid::rule {

// «…», a-t-il dit, «…»: a speech verb inside the quotation.
inline constexpr std::string_view incise = "incise";
// «…», selon X / Selon X, «…».
inline constexpr std::string_view according_to = "according-to";
// «…», a déclaré X / «…», a-t-il ajouté.
inline constexpr std::string_view quote_then_inverted_verb = "quote-then-inverted-verb";
// «…», a déclaré le porte-parole, X: the speaker named in an apposition after the verb.
inline constexpr std::string_view apposition = "apposition";
// «…», X said / «…», X a-t-il ajouté.
inline constexpr std::string_view quote_then_subject_verb = "quote-then-subject-verb";
// X a déclaré : «…» / X said that «…».
inline constexpr std::string_view speaker_then_verb = "speaker-then-verb";
// X a jugé la décision «hâtive»: a partial quotation inside the speaker's clause.
inline constexpr std::string_view partial_in_clause = "partial-in-clause";
// «…» Then a clause naming who said it, later in the sentence.
inline constexpr std::string_view reporting_clause_after = "reporting-clause-after";
// The subject of the clause that holds the quotation, with no speech verb for it.
inline constexpr std::string_view clause_subject = "clause-subject";
// «…», selon le quotidien X, qui cite Y: Y speaks.
inline constexpr std::string_view cited_by_source = "cited-by-source";
// A paragraph ending with ":" announces the quotation's speaker.
inline constexpr std::string_view previous_paragraph = "previous-paragraph";
// The subject of a speech verb in the sentence before holds the floor.
inline constexpr std::string_view floor = "floor";
// The medium named by "selon" speaks, nobody else does.
inline constexpr std::string_view source_as_speaker = "source-as-speaker";
// «…» qualifié de «…» par X / called "…" by X: the agent of a passive speech verb.
inline constexpr std::string_view passive_agent = "passive-agent";
// X: «…»: a name and a colon alone before the quotation, as in a transcript.
inline constexpr std::string_view speaker_label = "speaker-label";
// Another quotation of the same sentence has a speaker.
inline constexpr std::string_view same_sentence = "same-sentence";
// A piece of a quotation that runs over several paragraphs.
inline constexpr std::string_view multi_paragraph = "multi-paragraph";
// Continues the speaker of the quotation before.
inline constexpr std::string_view continuation = "continuation";
// Reported speech: il a affirmé que … (French).
inline constexpr std::string_view indirect_que = "indirect-que";
// Reported speech: he said that … (English).
inline constexpr std::string_view indirect_said_that = "indirect-said-that";
// Reported speech: he said the plan … (English, no "that").
inline constexpr std::string_view indirect_said = "indirect-said";
// Reported speech: selon X, … (French).
inline constexpr std::string_view indirect_selon = "indirect-selon";
// Reported speech: according to X, … (English).
inline constexpr std::string_view indirect_according_to = "indirect-according-to";
// Reported speech: …, a-t-il estimé / …, he said.
inline constexpr std::string_view indirect_inverted = "indirect-inverted";
// A person set the speaker (a correction).
inline constexpr std::string_view user = "user";

} // namespace whosaid::rule

namespace whosaid {

// Every rule id the analysis and the corrections can write, without the language prefix.
std::span<const std::string_view> attribution_rules();

// The id without its language prefix: "fr.incise" -> "incise", "user" -> "user".
std::string_view rule_base(std::string_view rule);

} // namespace whosaid
