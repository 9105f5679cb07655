#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"
#include "quotes/speaker_phrase_finder.h"

#include <optional>

namespace whosaid::quotes {

// Who reports the words of a narrative sentence through one of its speech cues: the
// subject before the verb ("Des pompiers expliquent que …", "Au port, le capitaine, Jean
// Roux, admet que …"), after it when the verb closes the sentence behind a comma ("…, a
// indiqué sa famille dans un communiqué"), or the object of "selon"/"according to". A
// pronoun, a passive verb ("a été condamné": who the words were about) and a noun phrase
// with no head of a speaker ("l'espèce puisse") report nothing.
class ReportingSubject {
public:
    ReportingSubject(const DocumentView& view, const SpeakerPhraseFinder& phrases)
        : view_(view), phrases_(phrases) {}

    // The reporter of cue in the sentence of tokens [first, last), or nullopt. A description
    // opening with a plural determiner ("des pompiers", "les proches") is marked plural.
    std::optional<SpeakerPhrase> of(const CueMatch& cue, size_t first, size_t last) const;

private:
    // Whether the cue is a passive verb ("a été condamné", "was criticized").
    bool passive(const CueMatch& cue) const;
    // A person's name between commas whose closing comma is token comma, in the sentence
    // opening at token first: the subject of the verb after it. nullopt when none.
    std::optional<SpeakerPhrase> apposed_name(size_t comma, size_t first) const;

    const DocumentView& view_;
    const SpeakerPhraseFinder& phrases_;
};

} // namespace whosaid::quotes
