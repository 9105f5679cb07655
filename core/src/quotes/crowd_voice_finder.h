#pragma once

#include "quotes/document_view.h"
#include "quotes/quote_finder.h"
#include "quotes/speaker_phrase_finder.h"

#include <optional>

namespace whosaid::quotes {

// A crowd heard, with no speech verb: the quotation is what voices in a crowd cried. A noun
// of voices or a verb of hearing next to the quotation, then "from", "in", "dans", "de" and
// the crowd: "«…», came shouts from the crowd", "Chants of «…» rose from the audience",
// "«…», pouvait-on entendre dans la foule", "Des cris de «…» ont fusé du cortège". The crowd
// speaks as written; a place or a person after the preposition is no crowd ("dans la rue",
// "from Tom Walsh's office"), and nothing is read past the quotation's sentence.
class CrowdVoiceFinder {
public:
    CrowdVoiceFinder(const DocumentView& view, const SpeakerPhraseFinder& phrases)
        : view_(view), phrases_(phrases) {}

    // The crowd phrase for quote, or nullopt.
    std::optional<SpeakerPhrase> find(const QuoteCandidate& quote) const;

private:
    // The crowd named after a preposition of origin or place among tokens [from, limit).
    std::optional<SpeakerPhrase> crowd_after(size_t from, size_t limit) const;
    // Whether token k is a noun of voices or a verb of hearing.
    bool voice_word(size_t k) const;

    const DocumentView& view_;
    const SpeakerPhraseFinder& phrases_;
};

} // namespace whosaid::quotes
