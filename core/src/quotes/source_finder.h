#pragma once

#include "quotes/document_view.h"
#include "quotes/media_phrase_reader.h"
#include "quotes/speaker_linker.h"
#include "quotes/speech_cue_lexicon.h"

#include <optional>
#include <utility>
#include <vector>

namespace whosaid::quotes {

// Finds the media an attribution names as the channel of the words: "cité par l'agence
// Interfax", "selon l'agence TASS", "a confié à l'AFP", "dans un entretien au Figaro", "Dans
// Le Figaro, X juge", "sur Twitter", "dans un tweet", "told CNN", "in an interview with the
// BBC", "Reuters reported", "«…» (Le Parisien)".
//
// A medium counts only after (or, for "reported", before) one of the source cues of the
// lexicon, the articles, types and staff words describing it aside ("à une journaliste de
// l'AFP"); "à"/"to"/"dans"/"in"/"pour"/"for" count only when the attribution has a speech
// cue. Every medium of a list after one cue counts ("à la radio X, la chaîne Y et au
// quotidien Z", "told the BBC, Sky and the Guardian"). A description with no name ("au
// quotidien polonais", "par le journal") stands for the medium named last before it. Network
// cues name their medium themselves ("dans un tweet" → Twitter). A communiqué or a press
// conference is a channel but not a medium, so it is never a source.
class SourceFinder {
public:
    SourceFinder(DocumentView& view, const SpeechCueLexicon& lexicon, SpeakerLinker& linker)
        : view_(view), lexicon_(lexicon), linker_(linker), reader_(view, lexicon) {}

    // Sources named in tokens [first, last), outside quotations.
    std::vector<QuoteSource> find(size_t first, size_t last, bool has_speech_cue) const;
    // The speaker a medium cites, for attribution: in "Selon le quotidien X, qui cite Y, «…»"
    // the source is X and the speaker Y. Tokens [begin, end) of the phrase after a "cites"
    // cue ("qui cite", "citant", "quoting") that follows a medium and a comma, up to the next
    // comma, colon or quotation; nullopt when tokens [first, last) hold none.
    std::optional<std::pair<size_t, size_t>> cited_speaker(size_t first, size_t last) const;
    // Gives every piece of a multi-paragraph quotation (consecutive quotes of one group) the
    // sources any piece's attribution names (the first eight): "«…\n\n…» (Le Parisien)"
    // sources both pieces. Linear; for the attributor to call once the quotes are built.
    static void share_in_groups(std::vector<Quote>& quotes);

private:
    // Whether a source cue (not a "reported" one) ends right before token end.
    bool cue_ending(size_t end, size_t first, bool has_speech_cue) const;
    // Whether a source cue ends before the medium at k, the words describing it aside.
    bool cue_before(size_t k, size_t first, bool has_speech_cue) const;
    bool reported_between(size_t begin, size_t end, bool at_end) const;
    // Whether the words before description start continue a list whose last medium ended
    // at list_end: ", ", "et", "and" (the list's own cue repeated counts as a cue anyway).
    bool continues_list(size_t start, size_t first, size_t list_end) const;
    // Whether token k opens a medium's title that fills a pair of quotation marks ("au
    // «Figaro»", "told "The Ledger""): a name, not words quoted.
    bool titled_medium(size_t k, size_t last) const;
    // Whether the medium [k, end) stands in parentheses right after a quotation.
    bool after_quotation(size_t k, size_t end, size_t first) const;
    // Network cues ending at token k: their medium, added to sources.
    void network_cue(size_t k, size_t first, std::vector<QuoteSource>& sources) const;
    // After a medium ending at end, "'s" and another medium within a few words ("NBC's
    // sister network CNBC"): that medium's first token; otherwise last.
    size_t affiliate_after(size_t end, size_t last) const;
    // The medium named last before token k, not far before it: a media mention, or a name
    // of the lexicon or after a type that its own cue confirms. -1 when none.
    int32_t medium_before(size_t k) const;
    void add(int32_t entity, Span span, std::vector<QuoteSource>& sources) const;

    DocumentView& view_;
    const SpeechCueLexicon& lexicon_;
    SpeakerLinker& linker_;
    MediaPhraseReader reader_;
};

} // namespace whosaid::quotes
