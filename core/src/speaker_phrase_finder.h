#pragma once

#include "cue_finder.h"
#include "document_view.h"
#include "speaker_linker.h"
#include "speech_cue_lexicon.h"

#include <optional>
#include <string>

namespace whosaid::quotes {

// A phrase naming who speaks: an entity, a pronoun to resolve, or a description.
struct SpeakerPhrase {
    enum class Kind { Entity, Pronoun, Description };
    Kind kind = Kind::Entity;
    int32_t entity = -1; // Entity kind
    Span mention;
    Gender gender = Gender::Unknown; // Pronoun kind
    bool plural = false;
    bool anonymous = false;  // Description kind: unnamed person or group
    bool apposition = false; // named by an apposition after a description
    size_t end = 0;          // token after the phrase
};

// Reads speaker phrases around speech cues: the subject after an inverted verb ("a déclaré
// M. Lavrov", "said the minister, Sergei Lavrov"), the subject before a verb ("Le ministre a
// déclaré"), and the object of "selon"/"according to". Unnamed speakers keep their
// description ("un haut responsable syrien", "a source close to the probe"); institutions
// ("la police", "the airline") keep theirs without being anonymous.
class SpeakerPhraseFinder {
public:
    SpeakerPhraseFinder(DocumentView& view, const SpeechCueLexicon& lexicon, SpeakerLinker& linker,
                        const CueFinder& cues)
        : view_(view), lexicon_(lexicon), linker_(linker), cues_(cues) {}

    // The phrase starting at token i (before limit).
    std::optional<SpeakerPhrase> starting_at(size_t i, size_t limit) const;
    // The first phrase in the few tokens after i, skipping adverbs, dates and prepositional
    // phrases ("a déclaré mardi à l'AFP M. X").
    std::optional<SpeakerPhrase> after(size_t i, size_t limit) const;
    // Lets the phrases inside quotation quote be read (an incise), or none with -1.
    void read_inside(int32_t quote) const { readable_quote_ = quote; }
    // The subject of a verb whose cue starts at token cue, looking back to clause_start.
    std::optional<SpeakerPhrase> before(size_t cue, size_t clause_start) const;
    // The object of a preposition cue ("selon lui", "d'après le ministre").
    std::optional<SpeakerPhrase> object_at(size_t i, size_t limit) const;

private:
    size_t name_end(size_t i, size_t limit) const;
    std::optional<SpeakerPhrase> entity_phrase(const IndexedMention& mention, size_t limit) const;
    std::optional<SpeakerPhrase> description(size_t i, size_t limit) const;
    std::optional<SpeakerPhrase> apposition(size_t i, size_t limit) const;
    std::optional<SpeakerPhrase> name_phrase(size_t i, size_t limit, bool honorific) const;
    bool preceded_by_preposition(size_t i, size_t floor) const;
    // Whether the lone capitalized word at i opens a sentence or a rubric ("Climat :")
    // with nothing confirming it as a name.
    bool unconfirmed_opening_word(size_t i) const;
    // The person a definite description (head token, gender of the head) refers back to.
    int32_t refer_back(Span mention, size_t head, Gender gender) const;
    // Tokens of quotations are not read, except those of the quotation whose incise is read.
    bool blocked(size_t i) const {
        return view_.quote_of(i) >= 0 && view_.quote_of(i) != readable_quote_;
    }

    DocumentView& view_;
    const SpeechCueLexicon& lexicon_;
    SpeakerLinker& linker_;
    const CueFinder& cues_;
    mutable int32_t readable_quote_ = -1;
};

} // namespace whosaid::quotes
