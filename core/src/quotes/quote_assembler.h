#pragma once

#include "quotes/document_view.h"
#include "quotes/quote_finder.h"
#include "quotes/source_finder.h"
#include "quotes/speaker_linker.h"
#include "quotes/speaker_sieve.h"
#include "quotes/speech_cue_lexicon.h"
#include "quotes/working_quote.h"

#include <string>
#include <vector>

namespace whosaid::quotes {

// Turns the attributed quotations into the document's quotes once every pass has run: drops
// those that are no speech (scare quotes, labels, words naming a speaker's group), gives
// each its kind, cue, sources, id and group, and prefixes its rule with the language.
class QuoteAssembler {
public:
    QuoteAssembler(const DocumentView& view, const SpeechCueLexicon& lexicon, SpeakerSieve& sieve,
                   const QuoteFinder& finder, const SourceFinder& sources, SpeakerLinker& linker,
                   std::string_view language)
        : view_(view), lexicon_(lexicon), sieve_(sieve), finder_(finder), sources_(sources),
          linker_(linker), language_(language) {}

    // The quotes of quotations, in text order, with ids q1, q2…; moves the speakers out of
    // quotations, which are not to be read again.
    std::vector<Quote> assemble(WorkingQuotes& quotations) const;

private:
    // The sources of w: the attribution clause of its sentence, and the medium its speech
    // verb names ("a-t-il déclaré à la radio").
    std::vector<QuoteSource> sources_of(const WorkingQuote& w, const Quote& quote,
                                        bool cue_in_sentence) const;

    const DocumentView& view_;
    const SpeechCueLexicon& lexicon_;
    SpeakerSieve& sieve_;
    const QuoteFinder& finder_;
    const SourceFinder& sources_;
    SpeakerLinker& linker_;
    std::string language_;
};

} // namespace whosaid::quotes
