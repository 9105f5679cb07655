#pragma once

#include "quotes/crowd_phrase_reader.h"
#include "quotes/cue_finder.h"
#include "quotes/document_view.h"
#include "quotes/name_phrase_reader.h"
#include "quotes/open_description_reader.h"
#include "quotes/role_matcher.h"
#include "quotes/speech_cue_lexicon.h"

#include <optional>

namespace whosaid::quotes {

// Reads a speaker described by a noun of the lexicon's heads or titles, opening at a token:
// "un haut responsable syrien", "la porte-parole du ministère", "a source close to the
// probe", "les services de la Première ministre", crowds ("certains «gilets jaunes»", "environ
// 300 manifestants") and one member of a group ("l'une d'elles", "one of his fellow
// protesters"). A definite description stands for a person named earlier only when that person
// holds the role (RoleMatcher::refer_back); institutions keep their description without being
// anonymous; a name in apposition after the description is the speaker.
class DescriptionPhraseReader {
public:
    DescriptionPhraseReader(DocumentView& view, const SpeechCueLexicon& lexicon,
                            const CueFinder& cues, const NamePhraseReader& names,
                            const RoleMatcher& roles, const OpenDescriptionReader& open,
                            const CrowdPhraseReader& crowd)
        : view_(view), lexicon_(lexicon), cues_(cues), names_(names), roles_(roles), open_(open),
          crowd_(crowd) {}

    // The description opening at token i and ending before limit, or nullopt.
    std::optional<SpeakerPhrase> at(size_t i, size_t limit) const;

private:
    bool blocked(size_t i) const { return names_.blocked(i); }
    // "le «bonnet rouge» Paul Roy", "the "yellow vest" Paul Roy": the person named right after
    // a short term in quotation marks that an article at token i opens (a label, no
    // quotation: QuoteLabelFilter::is_label), or nullopt.
    std::optional<SpeakerPhrase> labelled_person(size_t i, size_t limit) const;

    DocumentView& view_;
    const SpeechCueLexicon& lexicon_;
    const CueFinder& cues_;
    const NamePhraseReader& names_;
    const RoleMatcher& roles_;
    const OpenDescriptionReader& open_;
    const CrowdPhraseReader& crowd_;
};

} // namespace whosaid::quotes
