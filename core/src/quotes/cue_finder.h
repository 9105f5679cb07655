#pragma once

#include "quotes/speech_cue_lexicon.h"
#include "quotes/word_tokenizer.h"

#include <optional>
#include <vector>

namespace whosaid::quotes {

// A speech cue found in the text: the verb group with its auxiliary, adverbs, negation and
// inverted subject pronoun ("a-t-il aussi déclaré", "ajoute-t-elle", "n'a pas dit").
struct CueMatch {
    size_t first = 0;   // first token of the cue (auxiliary or verb)
    size_t verb = 0;    // first token of the verb form
    size_t last = 0;    // last token of the verb form (before an inverted pronoun)
    size_t end = 0;     // one past the last token, inverted pronoun included
    int32_t entry = -1; // index of the speech verb
    bool negated = false;
    bool preposition = false;
    bool answers = false;          // a verb of reply: its subject is not the one who asked
    bool opinion = false;          // a verb of opinion ("thinks"): it quotes nobody's words
    std::optional<size_t> pronoun; // token of the inverted subject pronoun
    Gender pronoun_gender = Gender::Unknown;
    bool pronoun_plural = false;
};

// Recognizes speech cues at a token, in constant time per token (bounded look-ahead).
class CueFinder {
public:
    explicit CueFinder(const SpeechCueLexicon& lexicon) : lexicon_(lexicon) {}

    // The word lists the cues are read from.
    const SpeechCueLexicon& lexicon() const { return lexicon_; }

    // The cue starting at tokens[i] (its auxiliary or verb), within [i, limit). Inline: a cue
    // starts with an auxiliary or with the first word of a speech verb's form, which most
    // tokens asked about are not.
    std::optional<CueMatch> at(const TokenList& tokens, size_t i, size_t limit) const {
        if (i >= limit || !tokens[i].word ||
            !tokens[i].is(WordClass::kAuxiliary | WordClass::kVerbStart | WordClass::kMotion))
            return std::nullopt;
        return match(tokens, i, limit);
    }

private:
    std::optional<CueMatch> match(const TokenList& tokens, size_t i, size_t limit) const;
    // An inverted subject after the verb: "-t-il", "-elle", "-ils". Returns its token.
    std::optional<size_t> inverted_pronoun(const TokenList& tokens, size_t i, size_t limit) const;
    bool negated_before(const TokenList& tokens, size_t i) const;
    // The speech infinitive a verb of movement at tokens[j] leads to ("est venu dire",
    // "viendra à la barre confirmer", "vient d'annoncer"), a few words of a place or an
    // adverb between them; after_auxiliary: tokens[j] follows an auxiliary, so it must be a
    // participle ("venu", "allée").
    std::optional<size_t> motion_infinitive(const TokenList& tokens, size_t j, size_t limit,
                                            bool after_auxiliary) const;
    // Whether the auxiliary at tokens[i] is rather a surname spelled like it: capitalized
    // inside an English sentence ("Will", as in ", Will wrote").
    bool names_person(const TokenList& tokens, size_t i) const;

    const SpeechCueLexicon& lexicon_;
};

} // namespace whosaid::quotes
