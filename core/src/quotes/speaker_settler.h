#pragma once

#include "quotes/attribution.h"
#include "quotes/document_author.h"
#include "quotes/document_view.h"
#include "quotes/latter_reference.h"
#include "quotes/pronoun_resolver.h"
#include "quotes/speaker_floor.h"
#include "quotes/speaker_group_reader.h"
#include "quotes/speaker_linker.h"
#include "quotes/speaker_phrase_finder.h"

namespace whosaid::quotes {

// Turns the phrase a rule found (a name, a description, a pronoun, "on") into the speaker it
// stands for, and keeps the floor: who spoke last, so that a pronoun or a description can
// continue an unnamed speaker or an institution. One per pass over an article, in text order.
class SpeakerSettler {
public:
    SpeakerSettler(DocumentView& view, const CueFinder& cues, const SpeakerPhraseFinder& phrases,
                   PronounResolver& pronouns, SpeakerLinker& linker)
        : view_(view), lexicon_(cues.lexicon()), phrases_(phrases), pronouns_(pronouns),
          linker_(linker), groups_(view), documents_(view, cues, phrases),
          latter_(view, linker, cues.lexicon()) {}

    // Fills out.speaker (and out.speaker_entity) from the phrase; false when it names nobody
    // who can speak (a pronoun with no antecedent, a medium that is only a channel).
    bool settle(const SpeakerPhrase& phrase, Attribution& out);
    // Notes that phrase, the subject of a speech verb in a narrative sentence ending at
    // position, took the floor there: a person or an organization as a speaker, a plural
    // description as a group, an anonymous description as a turn; in English also a medium
    // (named or described) and an institution described, as turns only "it" continues. Names
    // in the reported words before position do not take it. Other phrases (a pronoun, a French
    // medium, a definite description that may stand for someone named) are left alone.
    void note_reporter(const SpeakerPhrase& phrase, int32_t position);

private:
    // The speaker a singular pronoun stands for: the turn it continues (SpeakerFloor) or a
    // person (PronounResolver). False when neither.
    bool settle_pronoun(const SpeakerPhrase& phrase, Speaker& speaker, Attribution& out);
    // The speaker of "on": the institution the sentence places it in ("à la préfecture"),
    // false when none does, or when "on" reads ("peut-on lire").
    bool settle_on(const SpeakerPhrase& phrase, Speaker& speaker, Attribution& out);
    // "A et B ont déclaré", "disent-ils" after "A et B …", "les deux fondateurs": the
    // group speaks (SpeakerGroupReader). Returns where the group is named; nullopt (speaker
    // untouched) when the phrase stands for no group.
    std::optional<Span> settle_group(const SpeakerPhrase& phrase, Speaker& speaker,
                                     Attribution& out) const;
    // Notes the speaker just settled as a turn of the floor, taken where the phrase starts
    // (or at position when >= 0).
    void note_turn(const SpeakerPhrase& phrase, const Speaker& speaker, int32_t entity,
                   int32_t position = -1);

    DocumentView& view_;
    const SpeechCueLexicon& lexicon_;
    const SpeakerPhraseFinder& phrases_;
    PronounResolver& pronouns_;
    SpeakerLinker& linker_;
    SpeakerFloor floor_;
    SpeakerGroupReader groups_;
    DocumentAuthor documents_;
    LatterReference latter_;
};

} // namespace whosaid::quotes
