#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"

#include <optional>

namespace whosaid::quotes {

// A noun phrase read without a lexicon head: "le procureur", "l'un des pompiers
// volontaires", "une autre cliente du marché", "the 41-year-old", "the team's doctor".
struct NounChunk {
    size_t first = 0; // determiner or quantifier
    size_t head = 0;  // head noun
    size_t end = 0;   // one past the last token
    Gender gender = Gender::Unknown;
    bool plural = false;
    bool definite = false; // le, la, l', the, son, his: may refer back to someone named
};

// Reads a noun phrase whose head is any common noun, for the subject slot next to a speech
// verb, where a determiner can only open the speaker ("…», a répliqué le gardien",
// "…," one said). Time phrases ("le lendemain", "the next day") are chunks too: the caller
// skips them. Constant work per call (bounded look-ahead).
class NounPhraseChunker {
public:
    NounPhraseChunker(const DocumentView& view, const CueFinder& cues, bool french)
        : view_(view), cues_(cues), french_(french) {}

    // The noun phrase opening at token i, within [i, limit); nothing when i opens none or
    // its head is a function word, a verb or a name.
    std::optional<NounChunk> at(size_t i, size_t limit) const;
    // Whether the chunk is a time phrase ("la veille", "le même jour", "last week").
    bool time_phrase(const NounChunk& chunk) const;

private:
    // Where the head may start after the opener at i, with what the opener says of gender,
    // number and definiteness; i itself when i is no opener.
    size_t opener(size_t i, size_t limit, NounChunk& chunk) const;
    // Whether token i can be a noun or an adjective of the phrase (no function word, no
    // pronoun); content_word also refuses a speech verb.
    bool noun_word(size_t i) const;
    bool content_word(size_t i, size_t limit) const;
    size_t french_modifiers(size_t head, size_t limit) const;
    size_t english_head(size_t from, size_t limit, size_t& head) const;

    const DocumentView& view_;
    const CueFinder& cues_;
    bool french_;
};

} // namespace whosaid::quotes
