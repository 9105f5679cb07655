#pragma once

#include "quotes/attribution.h"
#include "quotes/document_view.h"
#include "quotes/quote_finder.h"
#include "quotes/speaker_linker.h"

#include <optional>

namespace whosaid::quotes {

// A speech verb whose subject is the relative pronoun of a named actor ("Mike Roe, who
// called the plan "…"", "the senator, Ann Lee, who has long said …", "le maire, Paul Roy,
// qui a jugé «…»"): the actor before the comma speaks, and the relative pronoun is where the
// attribution names it, as a pronoun names its referent.
class RelativeSpeakerLink {
public:
    RelativeSpeakerLink(DocumentView& view, SpeakerLinker& linker) : view_(view), linker_(linker) {}

    // Gives out the relative's antecedent as speaker, named at the relative pronoun, when
    // out's cue has "who"/"qui" for subject (a verb group between: "who has publicly
    // said") right after a comma that closes a mention of a person (or, for "qui", of an
    // organization). Only when a rule that reads the subject before the verb decided out,
    // or when no rule could read the subject of quote's cue (out is then a partial quotation
    // in a clause);
    // never for a preposition, an inverted pronoun's or a negated cue. Returns whether out
    // changed.
    bool relink(const QuoteCandidate& quote, Attribution& out) const;

private:
    // The token of the relative pronoun that is the subject of the cue starting at first.
    std::optional<size_t> relative_subject(size_t first) const;
    // The actor whose mention the comma (or dash) at token comma closes, a party label or
    // "of" and a place allowed between; -1 when none.
    int32_t mention_closed_by(size_t comma, bool person_only) const;
    // The relative's antecedent before the comma: the mention it closes, or the one before an
    // apposition ("Jo Hale, the group's strategist, who"); -1 when none.
    int32_t antecedent(size_t comma, bool person_only) const;

    DocumentView& view_;
    SpeakerLinker& linker_;
};

} // namespace whosaid::quotes
