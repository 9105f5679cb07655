#pragma once

#include "quotes/document_view.h"
#include "quotes/speaker_linker.h"
#include "quotes/speech_cue_lexicon.h"

#include <vector>

namespace whosaid::quotes {

// Finds the media an attribution names as the channel of the words: "cité par l'agence
// Interfax", "selon l'agence TASS", "a confié à l'AFP", "dans un entretien au Figaro", "sur
// Twitter", "told CNN", "in an interview with the BBC", "Reuters reported". A media mention
// counts only after (or, for "reported", before) one of the source cues of the lexicon;
// "à"/"to" counts only when the attribution has a speech cue. A communiqué or a press
// conference is a channel but not a medium, so it is never a source.
class SourceFinder {
public:
    SourceFinder(DocumentView& view, const SpeechCueLexicon& lexicon, SpeakerLinker& linker)
        : view_(view), lexicon_(lexicon), linker_(linker) {}

    // Sources named in tokens [first, last), outside quotations.
    std::vector<QuoteSource> find(size_t first, size_t last, bool has_speech_cue) const;

private:
    // A media mention at token k: a known entity, or a name to create the entity from once
    // a cue confirms it.
    struct Candidate {
        int32_t entity = -1;
        Span span;
        std::u16string name;
    };
    Candidate media_at(size_t k, size_t last) const;
    bool cue_before(size_t k, size_t first, bool has_speech_cue) const;
    bool reported_between(size_t begin, size_t end, bool at_end) const;

    DocumentView& view_;
    const SpeechCueLexicon& lexicon_;
    SpeakerLinker& linker_;
};

} // namespace whosaid::quotes
