#include "quotes/passive_agent_finder.h"

#include "quotes/token_tests.h"

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxCue = 4; // tokens of a cue before the mark ("a été qualifiée")

} // namespace

bool PassiveAgentFinder::participle(size_t k) const {
    const std::u16string_view w = view_.token(k).folded();
    if (french_) // folded: "qualifiée" reads "qualifiee"
        return w.ends_with(u"e") || w.ends_with(u"es") || w.ends_with(u"i") || w.ends_with(u"is") ||
               w.ends_with(u"u") || w.ends_with(u"us") || w.ends_with(u"ues") ||
               w.ends_with(u"it") || w.ends_with(u"its");
    return w.ends_with(u"ed");
}

std::optional<PassiveAgent> PassiveAgentFinder::find(const QuoteCandidate& quote) const {
    if (quote.close + 1 >= view_.size() || quote.open <= quote.sentence_first)
        return std::nullopt;
    if (!one_of(view_.token(quote.close).folded(), {u"par", u"by"}))
        return std::nullopt;
    // "qualifié de «", "décrit comme «", "described as "", "jugée «".
    size_t end = quote.open;
    if (end > quote.sentence_first && is_punct(view_.token(end - 1), u"'"))
        --end;
    if (end > quote.sentence_first &&
        one_of(view_.token(end - 1).folded(), {u"de", u"d", u"comme", u"as"}))
        --end;
    const size_t from = end > quote.sentence_first + kMaxCue ? end - kMaxCue : quote.sentence_first;
    for (size_t k = from; k < end; ++k) {
        auto cue = cues_.at(view_.tokens(), k, end);
        // "s'est dit «dévasté» par l'attaque": a reflexive verb has no agent.
        if (!cue || cue->end != end || cue->preposition || cue->negated || cue->pronoun ||
            !participle(cue->last) || one_of(view_.token(cue->first).folded(), {u"se", u"s"}))
            continue;
        return PassiveAgent{*cue, quote.close + 1};
    }
    return std::nullopt;
}

} // namespace whosaid::quotes
