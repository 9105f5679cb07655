#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"
#include "quotes/speaker_phrase_finder.h"
#include "quotes/speech_cue_lexicon.h"

#include <optional>

namespace whosaid::quotes {

// Reads the parts of a sentence around reported speech: where the reported clause ends,
// whether it is a clause worth listing, whether a subject phrase really is the verb's own,
// and whether a description names a speaker at all.
class ReportedClause {
public:
    ReportedClause(DocumentView& view, const SpeechCueLexicon& lexicon, const CueFinder& cues)
        : view_(view), lexicon_(lexicon), cues_(cues) {}

    // The preposition cue "selon", "d'après" or "according to" at token i, or nullopt.
    std::optional<CueMatch> according_at(size_t i, size_t end) const;
    // One past the last token of the clause starting at first: cut before a trailing
    // ", selon…" or ", a-t-il dit", before ";", before "mais que"/"and that"; end is the
    // sentence end, and final punctuation is left out.
    size_t bound(size_t first, size_t end) const;
    // A clause of at least a few words, with no quotation mark (paired or not) in it.
    bool acceptable(size_t first, size_t end) const;
    // Whether only adverbs, negation, auxiliaries, a relative "qui"/"who" or asides between
    // commas stand between a subject phrase and its verb ("X, ministre, a dit"), so that the
    // phrase is not the object of an earlier verb ("a reçu M. X et a dit").
    bool subject_adjacent(size_t phrase_end, size_t cue_first) const;
    // Whether a description names people by its head: "une source policière", "un haut
    // responsable", "a navy spokesman", but not "les chiffres officiels" (figures) nor
    // "official figures", whose head is another noun.
    bool headed_description(const SpeakerPhrase& phrase) const;
    // Whether tokens [from, end) are at most a short prepositional phrase or adverbs.
    bool only_trailer(size_t from, size_t end) const;

private:
    bool english_head_last(const SpeakerPhrase& phrase) const;

    DocumentView& view_;
    const SpeechCueLexicon& lexicon_;
    const CueFinder& cues_;
};

} // namespace whosaid::quotes
