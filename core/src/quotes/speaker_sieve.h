#pragma once

#include "quotes/clause_subject_finder.h"
#include "quotes/crowd_voice_finder.h"
#include "quotes/cue_finder.h"
#include "quotes/document_view.h"
#include "quotes/organization_subject.h"
#include "quotes/paragraph_cues.h"
#include "quotes/passive_agent_finder.h"
#include "quotes/quote_finder.h"
#include "quotes/quote_then_verb_reader.h"
#include "quotes/speaker_label_reader.h"
#include "quotes/speaker_phrase_finder.h"
#include "quotes/speaker_settler.h"
#include "quotes/trailing_clause_finder.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace whosaid::quotes {

// Attributes quotations to speakers with ordered rules; the first rule that fires decides.
//  1. incise: a cue inside the marks («Nous ne céderons pas, a-t-il martelé. Jamais.»)
//  2. quote-then-inverted-verb / quote-then-subject-verb (QuoteThenVerbReader): «…», a
//     déclaré M. X / «…», X said
//     (apposition: «…», a déclaré le ministre, Sergueï Lavrov), and «…», selon X
//  3. passive-agent: a passive speech verb framing the quotation, its agent after it
//     ("qualifié de «gourou» par un élu", "jugée «peu probable» par les gendarmes",
//     "called "reckless" by the union"), before the subject of the passive verb is read
//  4. speaker-then-verb: X a déclaré : «…» / X a estimé que «…»; partial-in-clause: a
//     fragment inside a clause whose subject has a speech verb (X a salué un entretien «…»);
//     in a clause another verb reports, that verb speaks (X said she thinks «…»)
//  5. according-to: selon / d'après / pour / aux yeux de / according to X, «…»
//  6. speaker-label (SpeakerLabelReader): a name and a colon alone before the quotation
//     ("Clinton: "…""), or a label of a few words owned by a name ("Réaction immédiate de
//     Jean Dupont : «…»")
//  7. reporting-clause-after: a reporting clause closing the sentence further on, words in
//     between («…» dans la nuit, a expliqué X / «…» and left, X said / «…» des voisins, selon X);
//     a crowd heard with no speech verb («…», came shouts from the crowd; CrowdVoiceFinder)
// Later passes (see QuoteAttributor): same-sentence, previous-paragraph, continuation,
// multi-paragraph and source-as-speaker.
class SpeakerSieve {
public:
    SpeakerSieve(DocumentView& view, const CueFinder& cues, const SpeakerPhraseFinder& phrases,
                 PronounResolver& pronouns, SpeakerLinker& linker)
        : view_(view), cues_(cues), phrases_(phrases), trailing_(view, cues, phrases),
          subjects_(view), voices_(view, phrases), settler_(view, cues, phrases, pronouns, linker),
          passive_(view, cues, view.doc().language != "en"), paragraph_cues_(view, cues),
          organizations_(view, phrases),
          after_quote_(view, cues, phrases, settler_, organizations_),
          labels_(view, cues, phrases, settler_) {}

    Attribution attribute(const QuoteCandidate& quote);
    // The speech cues of the paragraph holding token i, outside quotations (cached).
    const std::vector<CueMatch>& paragraph_cues(size_t i) { return paragraph_cues_.of(i); }
    // The last cue that ends before token end and starts at or after begin, or nullptr.
    const CueMatch* last_cue(size_t begin, size_t end) { return paragraph_cues_.last(begin, end); }
    // clause-subject: a quotation no speech verb claims goes to the subject of its clause
    // ("X a érigé la lecture en «priorité»"); false when the clause has none.
    bool clause_subject(const QuoteCandidate& quote, Attribution& out);
    // Turns a phrase into a speaker (resolving pronouns); false when it cannot.
    bool settle(const SpeakerPhrase& phrase, Attribution& out) {
        return settler_.settle(phrase, out);
    }
    // Notes the reporter of a narrative sentence on the floor (ReporterFloor).
    void note_reporter(const SpeakerPhrase& phrase, int32_t position) {
        settler_.note_reporter(phrase, position);
    }

private:
    bool incise(const QuoteCandidate& quote, Attribution& out);
    bool before_quote(const QuoteCandidate& quote, Attribution& out);
    bool according_to(const QuoteCandidate& quote, Attribution& out);
    // Whether the cue quotes the words of a subject of its own ("Y told an agent, «…»"):
    // not an opinion ("Y thinks"), an infinitive ("to tell"), a noun ("her comments") nor a
    // pronoun's verb ("he said", which the verb reporting it names better).
    bool quotes_own_subject(const CueMatch& cue, size_t sentence_first) const;
    // The subject of a cue read before it (or its inverted pronoun), or nullopt.
    std::optional<SpeakerPhrase> subject_before(const CueMatch& cue, size_t sentence_first) const;
    // The phrase a relative after a preposition cue stands for ("X, pour qui", "X, selon
    // qui", "X, according to whom"): the longest phrase ending at the comma before the cue
    // starting at token cue_first, or nullopt.
    std::optional<SpeakerPhrase> antecedent_of(size_t cue_first, size_t sentence_first) const;
    bool trailing_clause(const QuoteCandidate& quote, Attribution& out);
    bool crowd_voice(const QuoteCandidate& quote, Attribution& out);
    // passive-agent: "qualifié de «…» par X", "called "…" by X" (PassiveAgentFinder).
    bool passive_agent(const QuoteCandidate& quote, Attribution& out);
    // Whether token k opens an active verb group whose subject acts: "a requis", "s'est
    // chargée", "had said"; not "a été remis".
    bool agent_verb_at(size_t k) const;
    size_t clause_limit(const QuoteCandidate& quote) const;

    DocumentView& view_;
    const CueFinder& cues_;
    const SpeakerPhraseFinder& phrases_;
    TrailingClauseFinder trailing_;
    ClauseSubjectFinder subjects_;
    CrowdVoiceFinder voices_;
    SpeakerSettler settler_;
    PassiveAgentFinder passive_;
    ParagraphCues paragraph_cues_;
    OrganizationSubject organizations_;
    QuoteThenVerbReader after_quote_; // after settler_ and organizations_, which it uses
    SpeakerLabelReader labels_;       // after settler_
};

} // namespace whosaid::quotes
