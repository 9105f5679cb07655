#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"
#include "quotes/indirect_verb_lexicon.h"
#include "quotes/speech_cue_lexicon.h"

#include <optional>

namespace whosaid::quotes {

// Recognizes the speech cues that may introduce reported speech without quotation marks: a
// verb of IndirectVerbLexicon, finite and active ("a affirmé", "aurait déclaré", "said"; not
// "doit annoncer", "il a été dit", "would say", "is said"), not negated ("n'a pas dit que"
// credits nobody) unless the verb reports only when negated ("n'a pas exclu que").
class ReportingCueFinder {
public:
    ReportingCueFinder(DocumentView& view, const SpeechCueLexicon& lexicon,
                       const IndirectVerbLexicon& verbs, const CueFinder& cues)
        : view_(view), lexicon_(lexicon), verbs_(verbs), cues_(cues) {}

    // The reporting cue before the complementizer at token k ("que", "qu'", "that"), at most
    // a few tokens of adverbs, commas and a prepositional phrase ("a affirmé mardi à l'AFP
    // que", "told reporters that") away; first is the sentence's first token.
    std::optional<CueMatch> before_complementizer(size_t k, size_t first) const;
    // The reporting cue whose verb form starts at token verb (its auxiliary, negation and
    // adverbs before it, from first on), within limit.
    std::optional<CueMatch> with_verb_at(size_t verb, size_t first, size_t limit) const;
    // The reporting cue starting at token i, within limit.
    std::optional<CueMatch> at(size_t i, size_t first, size_t limit) const;
    // How the cue's verb reports speech (Bare: English "said" may drop "that").
    ReportUse use(const CueMatch& cue) const { return verbs_.use(cue.entry); }

private:
    std::optional<CueMatch> negated_only_at(size_t verb, size_t first, size_t limit) const;
    bool reporting(const CueMatch& cue, size_t first) const;
    bool gap_ok(const CueMatch& cue, size_t to) const;

    DocumentView& view_;
    const SpeechCueLexicon& lexicon_;
    const IndirectVerbLexicon& verbs_;
    const CueFinder& cues_;
};

} // namespace whosaid::quotes
