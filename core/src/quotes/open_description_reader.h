#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"
#include "quotes/name_phrase_reader.h"
#include "quotes/noun_phrase_chunker.h"
#include "quotes/role_matcher.h"

#include <optional>

namespace whosaid::quotes {

// Turns a noun phrase of any head (NounPhraseChunker) into a speaker phrase: a description,
// anonymous unless a named person holds its head as a role (RoleMatcher), or the person
// named right after it ("la chanteuse Jeanne Roy", "le chef du parti, X"). Only for the
// subject slot next to a speech verb, where a determiner can only open the speaker.
class OpenDescriptionReader {
public:
    OpenDescriptionReader(const DocumentView& view, const NamePhraseReader& names,
                          const CueFinder& cues, bool french, const RoleMatcher& roles)
        : view_(view), names_(names), chunker_(view, cues, french), roles_(roles), french_(french) {
    }

    // The phrase opening at token i, before limit.
    std::optional<SpeakerPhrase> at(size_t i, size_t limit) const;
    // The phrase opening at token first that only the words of a verb group separate from
    // the token verb ("La foule s'est mise à crier", "Le gardien avait prévenu"), or, in
    // English, that a past verb follows ("The senator emailed supporters saying").
    std::optional<SpeakerPhrase> before_verb(size_t first, size_t verb) const;
    // The token after a time phrase opening at token i ("le lendemain", "the next day"), or
    // i when none opens there.
    size_t time_phrase_end(size_t i, size_t limit) const;

private:
    const DocumentView& view_;
    const NamePhraseReader& names_;
    NounPhraseChunker chunker_;
    const RoleMatcher& roles_;
    bool french_;
};

} // namespace whosaid::quotes
