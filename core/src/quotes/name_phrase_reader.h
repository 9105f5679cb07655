#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"
#include "quotes/speaker_linker.h"
#include "quotes/speech_cue_lexicon.h"

#include <optional>

namespace whosaid::quotes {

// A phrase naming who speaks: an entity, a pronoun to resolve, or a description.
struct SpeakerPhrase {
    enum class Kind { Entity, Pronoun, Description };
    Kind kind = Kind::Entity;
    int32_t entity = -1; // Entity kind
    Span mention;
    Gender gender = Gender::Unknown; // Pronoun kind
    bool plural = false;
    bool neuter = false;     // "it": stands for an institution, never a person
    bool anonymous = false;  // Description kind: unnamed person or group
    bool apposition = false; // named by an apposition after a description
    bool narrator = false;   // "I": the writer, whom no third-person pronoun continues
    bool together = false;   // Entity kind: the first of "A and B" who speak as one
    // A definite description of one person that no named person holds as a role ("le
    // notaire", "l'élu"): the speaker who holds the floor may be meant.
    bool definite_person = false;
    size_t end = 0; // token after the phrase
};

// The pronoun of an inverted cue ("a-t-il dit", "said he") as a phrase to resolve; its end
// is left to the caller. Precondition: cue.pronoun is set.
SpeakerPhrase pronoun_of_cue(const CueMatch& cue, const DocumentView& view);
// The phrase that is exactly a mention of an actor: its entity, its span, the token after it.
SpeakerPhrase phrase_of_mention(const IndexedMention& mention, const DocumentView& view);

// Reads the names of speaker phrases: a mention the recognizer found, or capitalized words
// it missed (linked to an entity, or made one), and a name in apposition after a
// description ("le ministre, Sergueï Lavrov").
class NamePhraseReader {
public:
    NamePhraseReader(DocumentView& view, const SpeechCueLexicon& lexicon, SpeakerLinker& linker)
        : view_(view), lexicon_(lexicon), linker_(linker) {}

    // Lets the phrases inside quotation quote be read (an incise), or none with -1.
    void read_inside(int32_t quote) const { readable_quote_ = quote; }
    // Tokens of quotations are not read, except those of the quotation whose incise is read.
    bool blocked(size_t i) const {
        return view_.quote_of(i) >= 0 && view_.quote_of(i) != readable_quote_;
    }
    // The phrase of an entity mention, or the name in apposition after it when the mention
    // is a description or not a person.
    std::optional<SpeakerPhrase> entity_phrase(const IndexedMention& mention, size_t limit) const;
    // ", Sergueï Lavrov" at token i: the person named in apposition.
    std::optional<SpeakerPhrase> apposition(size_t i, size_t limit) const;
    // Capitalized words at token i (after an honorific title when honorific is set), linked
    // to their entity.
    std::optional<SpeakerPhrase> name_phrase(size_t i, size_t limit, bool honorific) const;

private:
    // The token after an abbreviated role title and its full stop ("Sen.", "Gov.") when a
    // capitalized word follows it; i otherwise.
    size_t past_abbreviated_role(size_t i, size_t limit) const;
    // Whether a speech verb (not "selon"-like) starts at token i.
    bool speech_verb_at(size_t i, size_t limit) const;
    // Whether a verb (an auxiliary, a reflexive "se", a speech verb) starts at token i: a name
    // just before it is a subject, not an apposition.
    bool opens_clause(size_t i, size_t limit) const;
    // The token after the capitalized words (initials, particles, hyphens) from i.
    size_t name_end(size_t i, size_t limit) const;
    // Whether the lone capitalized word at i opens a sentence or a rubric ("Climat :")
    // with nothing confirming it as a name.
    bool unconfirmed_opening_word(size_t i) const;
    // Whether the word at i is a nationality or a group of people ("Israeli", "Republican")
    // that no person of the article bears as a surname.
    bool group_word_no_surname(size_t i) const;
    // The person a few lower-case words after the nationality or group word at i name
    // ("Democratic pollster Stan Reed"); none when no person's name follows them.
    std::optional<SpeakerPhrase> group_phrase(size_t i, size_t limit) const;
    // Whether token k ends a group phrase: a verb, a function word, a relative.
    bool ends_group_phrase(size_t k, size_t limit) const;

    DocumentView& view_;
    const SpeechCueLexicon& lexicon_;
    SpeakerLinker& linker_;
    mutable int32_t readable_quote_ = -1;
};

} // namespace whosaid::quotes
