#pragma once

#include <cstdint>

namespace whosaid::quotes {

// Lexical classes of a folded word, as bits: SpeechCueLexicon::classes gives a word's bits
// once per token (DocumentView), so the rules test bits instead of hashing the word again
// for every question they ask about it.
namespace WordClass {
constexpr uint32_t kAuxiliary = 1u << 0;
constexpr uint32_t kNegation = 1u << 1;
constexpr uint32_t kAdverb = 1u << 2;
constexpr uint32_t kDeterminer = 1u << 3;
constexpr uint32_t kPreposition = 1u << 4;
constexpr uint32_t kMediaNoun = 1u << 5;
constexpr uint32_t kNameParticle = 1u << 6;
constexpr uint32_t kStopCapital = 1u << 7;
constexpr uint32_t kTitleNoun = 1u << 8;
constexpr uint32_t kComplementizer = 1u << 9;
constexpr uint32_t kDemonym = 1u << 10;
constexpr uint32_t kSourceCueEnd = 1u << 11; // the last word of a source cue
// The first word of a phrase of one of the lexicon's tries (see PhraseTrie).
constexpr uint32_t kVerbStart = 1u << 12;
constexpr uint32_t kHeadStart = 1u << 13;
constexpr uint32_t kTitleStart = 1u << 14;
constexpr uint32_t kMediaStart = 1u << 15;
// A word of a phrase of one of the lexicon's tries at a later position than the first.
constexpr uint32_t kVerbNext = 1u << 16;
constexpr uint32_t kHeadNext = 1u << 17;
constexpr uint32_t kTitleNext = 1u << 18;
constexpr uint32_t kMediaNext = 1u << 19;
// A type of medium or a staff word of source_cues.tsv (SpeechCueLexicon::medium_word).
constexpr uint32_t kMediumWord = 1u << 20;
// English only: an irregular past form (irregular_pasts.tsv) and a quantifier that only a
// plural noun follows (plural_quantifiers.tsv).
constexpr uint32_t kIrregularPast = 1u << 21;
constexpr uint32_t kPluralQuantifier = 1u << 22;
// A word for a group of people that is no nationality (group_words.tsv): "Republican",
// "Muslims", "Parisiens".
constexpr uint32_t kGroupWord = 1u << 23;
// French only: a finite form of a verb of movement that an infinitive may follow ("vient",
// "viendra", "va", "ira"): "X viendra à la barre confirmer que …" reports X's words.
constexpr uint32_t kMotion = 1u << 24;
} // namespace WordClass

} // namespace whosaid::quotes
