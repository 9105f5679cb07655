#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"
#include "quotes/reported_clause.h"
#include "quotes/reporting_cue_finder.h"
#include "quotes/source_finder.h"
#include "quotes/speaker_linker.h"
#include "quotes/speaker_phrase_finder.h"
#include "quotes/speaker_sieve.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid::quotes {

// Finds reported speech without quotation marks: quotes of kind Indirect whose span is the
// reported clause (without "que"/"that" and the final punctuation). Precision comes first,
// since a claim credited to the wrong person is worse than a missed one, so each rule asks
// for a speaker it can settle and a clause it can bound:
//  indirect-que / indirect-said-that: SPEAKER + a verb of IndirectVerbLexicon (not negated,
//    unless the verb reports only when negated: "n'a pas exclu que") + "que"/"that" + CLAUSE;
//  indirect-said (English): SPEAKER said CLAUSE, "that" left out, when a finite verb follows;
//  indirect-selon / indirect-according-to: "Selon X, CLAUSE." and "CLAUSE, selon X." when X
//    is a person, an organization or a description, never a medium alone ("selon l'AFP" is a
//    source) nor a document ("selon des chiffres officiels" names no speaker);
//  indirect-inverted: "CLAUSE, a-t-il affirmé." and "CLAUSE, a affirmé X." closing the
//    sentence ("CLAUSE, X said." in English).
// The clause runs to the end of its sentence, or to a following ", selon…"/", a-t-il…" or
// ";". A sentence gives at most one indirect quote, and none when it is a question, lies in
// the title, or its clause touches quotation marks (a direct or partial quote wins).
class IndirectSpeechFinder {
public:
    // The sieve settles speakers; give it a pronoun resolver of its own, since speakers are
    // noted in text order.
    IndirectSpeechFinder(DocumentView& view, const SpeechCueLexicon& lexicon,
                         const ReportingCueFinder& reporting, const CueFinder& cues,
                         const SpeakerPhraseFinder& phrases, SpeakerSieve& sieve,
                         const SourceFinder& sources, SpeakerLinker& linker)
        : view_(view), lexicon_(lexicon), reporting_(reporting), phrases_(phrases), sieve_(sieve),
          sources_(sources), linker_(linker), clause_(view, lexicon, cues) {}

    // The indirect quotes of the paragraphs (indices, ascending; their tokens must be in the
    // view), in text order, with empty ids.
    std::vector<Quote> find(const std::vector<int>& paragraphs);
    // Merges reported into quotes in text order and renumbers ids (q1…) and groups.
    static void merge(std::vector<Quote>& quotes, std::vector<Quote> reported);

private:
    // What a rule found in one sentence.
    struct Found {
        size_t clause_first = 0, clause_end = 0; // tokens of the reported clause
        CueMatch cue;
        Attribution attribution;
        std::string_view rule;
        double confidence = 0.0;
    };

    // The first rule that fires in the sentence of tokens [first, last).
    std::optional<Found> sentence(size_t first, size_t last);
    std::optional<Found> que_clause(size_t complementizer, size_t first, size_t end);
    std::optional<Found> bare_said(size_t verb, size_t first, size_t end);
    std::optional<Found> according_first(size_t first, size_t end);
    std::optional<Found> according_last(size_t first, size_t end);
    // "Selon X" found: the clause [clause_first, clause_end) is X's when X is a person, an
    // organization or a headed description the sieve can settle.
    std::optional<Found> according(size_t clause_first, size_t clause_end, const CueMatch& cue,
                                   const SpeakerPhrase& object);
    std::optional<Found> inverted(size_t first, size_t end);

    // Settles the subject before a cue (or its inverted pronoun), which must be the verb's
    // own: only adverbs, negation, a relative "qui" or an apposition between commas may
    // stand between them. A medium may speak when nobody else does.
    bool settle_subject(const CueMatch& cue, size_t first, Found& found);
    bool settle(const SpeakerPhrase& phrase, Found& found);
    Quote build(const Found& found, size_t first, size_t last) const;

    DocumentView& view_;
    const SpeechCueLexicon& lexicon_;
    const ReportingCueFinder& reporting_;
    const SpeakerPhraseFinder& phrases_;
    SpeakerSieve& sieve_;
    const SourceFinder& sources_;
    SpeakerLinker& linker_;
    ReportedClause clause_;
};

} // namespace whosaid::quotes
