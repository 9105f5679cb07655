#include "quotes/trailing_clause_finder.h"

#include "quotes/token_tests.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxReach = 48;   // tokens read after the quotation
constexpr size_t kMaxSubject = 16; // tokens between a fronted subject and its verb

bool ends_sentence(const Token& t) {
    return is_punct(t, u".") || is_punct(t, u"!") || is_punct(t, u"?") || is_punct(t, u";");
}

} // namespace

bool TrailingClauseFinder::introduces(const CueMatch& cue, size_t limit) const {
    return cue.end < limit && view_.token(cue.end).is(WordClass::kComplementizer) &&
           !is_punct(view_.token(cue.end), u",");
}

std::optional<TrailingClause> TrailingClauseFinder::inverted(size_t at, size_t limit) const {
    size_t k = at;
    // ", n'a pas dit X": the cue starts after the negation particle.
    if (k + 1 < limit && (view_.token(k).folded() == u"ne" ||
                          (view_.token(k).folded() == u"n" && is_punct(view_.token(k + 1), u"'"))))
        k += view_.token(k).folded() == u"ne" ? 1 : 2;
    const std::optional<CueMatch> cue = cues_.at(view_.tokens(), k, limit);
    if (!cue || introduces(*cue, limit))
        return std::nullopt;
    TrailingClause clause{*cue, std::nullopt, cue->end};
    if (cue->negated || cue->pronoun)
        return clause;
    clause.subject =
        cue->preposition ? phrases_.object_at(cue->end, limit) : phrases_.after(cue->end, limit);
    if (!clause.subject)
        return std::nullopt;
    clause.end = std::max(clause.end, clause.subject->end);
    return clause;
}

std::optional<TrailingClause> TrailingClauseFinder::subject_first(size_t at, size_t limit) const {
    std::optional<SpeakerPhrase> subject = phrases_.starting_at(at, limit);
    if (!subject)
        subject = phrases_.open_description(at, limit);
    if (!subject)
        return std::nullopt;
    // ", Mark Hill, the prefect of the region, said": an apposition may stand in between.
    for (size_t c = subject->end; c < limit && c < subject->end + kMaxSubject; ++c) {
        const Token& t = view_.token(c);
        if (view_.quote_of(c) >= 0 || ends_sentence(t))
            break;
        const std::optional<CueMatch> cue = cues_.at(view_.tokens(), c, limit);
        if (!cue)
            continue;
        if (cue->preposition || introduces(*cue, limit))
            return std::nullopt;
        // Only an apposition between commas may separate the subject from its verb.
        if (c > subject->end && !is_punct(view_.token(c - 1), u",") &&
            !view_.token(c - 1).is(WordClass::kAdverb))
            return std::nullopt;
        // ", les voisins, a-t-il ajouté": an inverted pronoun is the verb's subject.
        if (cue->pronoun)
            return TrailingClause{*cue, std::nullopt, cue->end};
        // "…, par un député, Paul Roy, a indiqué sa famille": in French a phrase right after
        // the verb is its inverted subject; the name before it is no subject.
        if (view_.doc().language == "fr" && phrases_.starting_at(cue->end, limit))
            return std::nullopt;
        return TrailingClause{*cue, subject, cue->end};
    }
    return std::nullopt;
}

std::optional<TrailingClause> TrailingClauseFinder::find(size_t from, size_t limit) const {
    const size_t reach = std::min(limit, from + kMaxReach);
    for (size_t k = from; k + 1 < reach; ++k) {
        const Token& t = view_.token(k);
        if (view_.quote_of(k) >= 0)
            continue;
        if (ends_sentence(t))
            return std::nullopt;
        if (!is_punct(t, u",") && !is_long_dash(t))
            continue;
        if (view_.quote_of(k + 1) >= 0)
            continue;
        if (auto clause = inverted(k + 1, reach))
            return clause;
        if (auto clause = subject_first(k + 1, reach))
            return clause;
    }
    return std::nullopt;
}

} // namespace whosaid::quotes
