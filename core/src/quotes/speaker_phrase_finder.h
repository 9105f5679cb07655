#pragma once

#include "quotes/crowd_phrase_reader.h"
#include "quotes/cue_finder.h"
#include "quotes/description_phrase_reader.h"
#include "quotes/document_view.h"
#include "quotes/name_phrase_reader.h"
#include "quotes/open_description_reader.h"
#include "quotes/role_matcher.h"
#include "quotes/speaker_linker.h"
#include "quotes/speech_cue_lexicon.h"

#include <optional>
#include <string>

namespace whosaid::quotes {

// Reads speaker phrases around speech cues: the subject after an inverted verb ("a déclaré
// M. Lavrov", "said the minister, Sergei Lavrov"), the subject before a verb ("Le ministre a
// déclaré"), and the object of "selon"/"according to". Unnamed speakers keep their
// description ("un haut responsable syrien", "a source close to the probe"); institutions
// ("la police", "the airline") keep theirs without being anonymous.
class SpeakerPhraseFinder {
public:
    SpeakerPhraseFinder(DocumentView& view, const SpeechCueLexicon& lexicon, SpeakerLinker& linker,
                        const CueFinder& cues)
        : view_(view), lexicon_(lexicon), cues_(cues), names_(view, lexicon, linker),
          roles_(view, linker, lexicon), open_(view, names_, cues, lexicon.french(), roles_),
          crowd_(view), descriptions_(view, lexicon, cues, names_, roles_, open_, crowd_) {}

    // The phrase starting at token i (before limit).
    std::optional<SpeakerPhrase> starting_at(size_t i, size_t limit) const;
    // The first phrase in the few tokens after i, skipping adverbs, dates and prepositional
    // phrases ("a déclaré mardi à l'AFP M. X").
    std::optional<SpeakerPhrase> after(size_t i, size_t limit) const;
    // Lets the phrases inside quotation quote be read (an incise), or none with -1.
    void read_inside(int32_t quote) const { names_.read_inside(quote); }
    // The subject of a verb whose cue starts at token cue, looking back to clause_start.
    std::optional<SpeakerPhrase> before(size_t cue, size_t clause_start) const;
    // The object of a preposition cue ("selon lui", "d'après le ministre").
    std::optional<SpeakerPhrase> object_at(size_t i, size_t limit) const;
    // A description whose head is any noun, opening at token i: only for the subject slot
    // right next to a speech verb ("…», a répliqué le gardien", "…," the man said). It
    // stands for a person named earlier only when that person holds its head as a role.
    std::optional<SpeakerPhrase> open_description(size_t i, size_t limit) const;
    // An open description starting at token first that only the words of a verb group
    // separate from the token verb ("La foule s'est mise à crier", "Le gardien avait prévenu").
    std::optional<SpeakerPhrase> subject_description(size_t first, size_t verb) const;
    // before(), not looking for an apposition right before the verb: what
    // AppositionSubjectReader reads before the one apposition it skips.
    std::optional<SpeakerPhrase> before_without_apposition(size_t cue, size_t clause_start) const {
        return subject_before(cue, clause_start, false);
    }
    // Whether a preposition governs the word at token i, looking back no further than floor
    // past articles, elisions and medium nouns ("à l'AFP", "par la radio France Inter").
    bool preceded_by_preposition(size_t i, size_t floor) const;

private:
    // Whether the capital French article at token k ("La", "Les", "L'") opens a name whose
    // mention starts right after it.
    bool capital_article_of_name(size_t k, size_t limit) const;
    // Whether token k is a French object pronoun or elision between a subject pronoun and
    // its verb group ("lui", "m'", the apostrophe of "j'").
    bool object_clitic(size_t k) const;
    // The subject pronoun at token i (il, elle, ils, he, she, they, and "it" in English).
    std::optional<SpeakerPhrase> pronoun_at(size_t i) const;
    // before(), reading past an apposition right before the verb when past_apposition.
    std::optional<SpeakerPhrase> subject_before(size_t cue, size_t clause_start,
                                                bool past_apposition) const;
    bool blocked(size_t i) const { return names_.blocked(i); }

    DocumentView& view_;
    const SpeechCueLexicon& lexicon_;
    const CueFinder& cues_;
    NamePhraseReader names_;
    RoleMatcher roles_;
    OpenDescriptionReader open_;
    CrowdPhraseReader crowd_;
    DescriptionPhraseReader descriptions_; // after the readers it uses
};

} // namespace whosaid::quotes
