#include "quotes/relative_speaker_link.h"

#include "quotes/party_label.h"
#include "quotes/token_tests.h"
#include "quotes/word_class.h"
#include "whosaid/attribution_rule.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

// Words of a verb group between a relative pronoun and its verb: "who has also", "qui
// avait déjà", "who has not".
bool verb_group_word(const Token& t) {
    return t.is(WordClass::kAuxiliary | WordClass::kAdverb | WordClass::kNegation) ||
           one_of(t.folded(), {u"ne", u"n", u"'", u"l", u"les", u"lui", u"leur"});
}

// At most this many words of a verb group stand between the relative and its verb.
constexpr size_t kVerbGroupWords = 3;
// A mention closed by the comma starts at most this many units before it.
constexpr int32_t kAntecedentReach = 80;
// An apposition between the name and the relative holds at most this many tokens.
constexpr size_t kAppositionTokens = 12;

// A comma or a dash that opens a relative clause or closes an apposition.
bool clause_break(const Token& t) {
    return is_punct(t, u",") || is_dash(t);
}

} // namespace

std::optional<size_t> RelativeSpeakerLink::relative_subject(size_t first) const {
    // Read forwards from each relative within reach: a verb group, and at most one short
    // phrase of a preposition and two words ("who has in the past described").
    const size_t from = first > kVerbGroupWords + 3 ? first - kVerbGroupWords - 3 : 0;
    for (size_t r = from; r + 1 <= first; ++r) {
        if (!one_of(view_.token(r).folded(), {u"who", u"qui"}) || r < 2 ||
            !clause_break(view_.token(r - 1)))
            continue;
        size_t k = r + 1;
        size_t group = 0;
        bool phrase = false;
        while (k < first) {
            const Token& t = view_.token(k);
            if ((t.word || is_punct(t, u"'")) && verb_group_word(t) && group < kVerbGroupWords) {
                ++group;
                ++k;
            } else if (!phrase && t.is(WordClass::kPreposition) && k + 1 < first) {
                phrase = true;
                size_t words = 0;
                for (++k; k < first && words < 2 && view_.token(k).word &&
                          !view_.token(k).is(WordClass::kVerbStart | WordClass::kAuxiliary);
                     ++k)
                    ++words;
            } else {
                break;
            }
        }
        if (k == first)
            return r;
    }
    return std::nullopt;
}

int32_t RelativeSpeakerLink::mention_closed_by(size_t comma, bool person_only) const {
    const int32_t end = view_.token(comma).span.start;
    int32_t found = -1;
    int32_t found_start = end;
    for (const IndexedMention& m : view_.mentions_in(std::max(0, end - kAntecedentReach), end)) {
        if (m.entity < 0 || m.span.start >= found_start || m.span.end > end)
            continue;
        // The mention closes at the comma, or a party label or "of" and a place follow it:
        // "Sen. Jo Hale (R-Ky.), who", "Sen. Jo Hale of Ohio, who".
        const size_t after = view_.token_from(m.span.end);
        size_t close = party_label_end(view_, after, comma + 1);
        if (close == after && after + 1 < comma && view_.token(after).folded() == u"of") {
            close = after + 1;
            while (close < comma && view_.token(close).capitalized)
                ++close;
        }
        if (close != comma)
            continue;
        const EntityKind kind = view_.doc().entities[static_cast<size_t>(m.entity)].kind;
        if (kind == EntityKind::Person || (!person_only && kind == EntityKind::Organization)) {
            found = m.entity;
            found_start = m.span.start;
        }
    }
    return found;
}

int32_t RelativeSpeakerLink::antecedent(size_t comma, bool person_only) const {
    const int32_t found = mention_closed_by(comma, person_only);
    if (found >= 0)
        return found;
    // "Jo Hale, the group's chief strategist, who": the name before the apposition.
    for (size_t k = comma; k-- > 0 && comma - k < kAppositionTokens;) {
        const Token& t = view_.token(k);
        if (!clause_break(t))
            continue;
        if (k + 1 < comma && view_.token(k + 1).is(WordClass::kDeterminer))
            return mention_closed_by(k, person_only);
        break;
    }
    return -1;
}

bool RelativeSpeakerLink::relink(const QuoteCandidate& quote, Attribution& out) const {
    if (!out.cue || out.cue->preposition || out.cue->pronoun || out.cue->negated || out.negated)
        return false;
    // A cue of the quotation's sentence whose subject no rule could read ("who has in the
    // past called it "…""), or one a rule reading the subject before the verb settled.
    const bool unread = !out.speaker && out.rule.empty() && out.cue->end <= quote.open &&
                        out.cue->first >= quote.sentence_first;
    if (!unread && (!out.speaker ||
                    (out.rule != rule::speaker_then_verb && out.rule != rule::partial_in_clause)))
        return false;
    const std::optional<size_t> relative = relative_subject(out.cue->first);
    if (!relative)
        return false;
    const bool who = view_.token(*relative).folded() == u"who";
    const int32_t entity = antecedent(*relative - 1, who);
    if (entity < 0)
        return false;
    const Span at = view_.token(*relative).span;
    Speaker speaker;
    speaker.entity = view_.doc().entities[static_cast<size_t>(entity)].id;
    speaker.mention = at;
    out.speaker = speaker;
    out.speaker_entity = entity;
    if (unread) {
        out.rule = rule::partial_in_clause;
        out.confidence = 0.75;
    }
    linker_.add_pronoun(entity, at);
    return true;
}

} // namespace whosaid::quotes
