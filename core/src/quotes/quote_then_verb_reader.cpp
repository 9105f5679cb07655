#include "quotes/quote_then_verb_reader.h"

#include "quotes/comparative_clause.h"
#include "quotes/quote_ending.h"
#include "quotes/resumptive_clause.h"
#include "quotes/subject_eligibility.h"
#include "quotes/token_tests.h"
#include "whosaid/attribution_rule.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxSubjectSpan = 30; // tokens between a quote and its "X said"
constexpr size_t kMaxLeadPunct = 2;

// Whether the cue opens a clause of its own: "that", "que" or ":" follows it, at most two
// words (an addressee: "told CNN that") in between.
bool opens_own_clause(const DocumentView& view, const CueMatch& cue, size_t limit) {
    for (size_t j = cue.end; j < limit && j < cue.end + 3; ++j) {
        const Token& t = view.token(j);
        if (t.is(WordClass::kComplementizer) && !is_punct(t, u","))
            return true;
        if (!t.word)
            return false;
    }
    return false;
}

} // namespace

bool QuoteThenVerbReader::read(const QuoteCandidate& quote, size_t limit, Attribution& out) {
    size_t k = quote.close;
    for (size_t skipped = 0; k < limit && skipped < kMaxLeadPunct; ++skipped) {
        const Token& t = view_.token(k);
        if (is_punct(t, u",") || is_dash(t) || is_punct(t, u")"))
            ++k;
        else
            break;
    }
    if (k >= limit)
        return false;
    // "«…» : c'est ainsi que X a résumé", "«…». Voilà ce qu'a dit X": a phrase pointing back
    // to the words opens the reporting clause, in a new sentence too.
    const size_t resumed = resumptive_clause_start(view_, k, limit);
    // «….» Then a capital: a new sentence, which speaks for the quotation only when it is
    // nothing but "X said" ("«….» Selon X, …" speaks for what follows).
    const bool new_sentence = resumed == k && k == quote.close &&
                              quote_ends_sentence(view_, quote) && view_.token(k).capitalized;
    k = resumed > k ? resumed : comparative_clause_start(view_, cues_, k, limit);
    // "«…», n'a pas dit X": the cue starts after the negation particle.
    if (k + 1 < limit && (view_.token(k).folded() == u"ne" ||
                          (view_.token(k).folded() == u"n" && is_punct(view_.token(k + 1), u"'"))))
        k += view_.token(k).folded() == u"ne" ? 1 : 2;
    // "«…», nous indique-t-on", "«…», l'a-t-il complimenté": an object pronoun before the cue.
    if (k + 2 < limit && one_of(view_.token(k).folded(), {u"nous", u"vous", u"lui", u"leur"}) &&
        cues_.at(view_.tokens(), k + 1, limit))
        ++k;
    else if (k + 2 < limit && one_of(view_.token(k).folded(), {u"l", u"m"}) &&
             is_punct(view_.token(k + 1), u"'") && cues_.at(view_.tokens(), k + 2, limit))
        k += 2;
    // «…», a déclaré M. X / «…», a-t-il ajouté / «…», selon X
    if (auto cue = new_sentence ? std::nullopt : cues_.at(view_.tokens(), k, limit)) {
        out.cue = cue;
        out.attribution_end = std::max(out.attribution_end, limit);
        if (cue->negated) {
            out.negated = true;
            return true;
        }
        if (cue->preposition) {
            auto object = phrases_.object_at(cue->end, limit);
            // "…" for the EU, said X / it was "unfair" for Y to speak: "for" and "pour"
            // name a speaker after a quotation only behind a comma, closing the clause.
            if (one_of(view_.token(cue->first).folded(), {u"for", u"pour"}) &&
                (k == quote.close || !object ||
                 (object->end < limit && view_.token(object->end).word))) {
                out.cue.reset();
                return false;
            }
            if (object && settler_.settle(*object, out)) {
                out.rule = rule::according_to;
                out.confidence = 0.8;
                return true;
            }
            // "d'après le récit qu'elle livre": the account has a teller of its own.
            for (size_t c = cue->end; c < limit && c < cue->end + kMaxSubjectSpan / 3; ++c) {
                auto told = cues_.at(view_.tokens(), c, limit);
                if (!told || told->preposition || told->negated)
                    continue;
                auto teller = phrases_.before(told->first, cue->end);
                if (teller && settler_.settle(*teller, out)) {
                    out.rule = rule::according_to;
                    out.confidence = 0.7;
                    return true;
                }
                break;
            }
            return false;
        }
        if (cue->pronoun) {
            const SpeakerPhrase pronoun =
                organizations_.subject_or(quote, pronoun_of_cue(*cue, view_));
            if (settler_.settle(pronoun, out)) {
                out.rule = rule::quote_then_inverted_verb;
                out.confidence = 0.85;
                return true;
            }
            return false;
        }
        if (auto subject = phrases_.after(cue->end, limit);
            subject && settler_.settle(*subject, out)) {
            out.rule = subject->apposition ? rule::apposition : rule::quote_then_inverted_verb;
            out.confidence = 0.9;
            return true;
        }
        // "«…», X said" in English puts the subject first; a cue with no subject here
        // may still be followed by one further on, so fall through.
    }
    // "le «courage» des manifestants", "to «act» while Y said": words that run on from a
    // mark with no punctuation on either side of it continue the writer's sentence.
    if (k == quote.close && !quote_ends_clause(view_, quote))
        return false;
    // «…», X said / «…», he added / «…», Mme X a-t-elle ajouté
    // The subject phrase may start with words that are no phrase of their own ("chief
    // executive Laura Benton said"): then the verb's subject is read back from the cue.
    auto subject = phrases_.starting_at(k, limit);
    if (!subject && !view_.token(k).word)
        return false;
    const size_t from = subject ? subject->end : k + 1;
    for (size_t c = from; c < limit && c < from + kMaxSubjectSpan; ++c) {
        if (view_.quote_of(c) >= 0 || is_sentence_end(view_.token(c)))
            break;
        auto cue = cues_.at(view_.tokens(), c, limit);
        if (!cue || cue->preposition)
            continue;
        if (new_sentence && (!subject || c != subject->end))
            return false;
        // "«…», and Y pointed out that …", "«….» Y has said that …": a verb that opens a clause
        // of its own, in a new clause or sentence, reports that one.
        if ((new_sentence || !subject) && opens_own_clause(view_, *cue, limit))
            return false;
        out.cue = cue;
        out.attribution_end = std::max(out.attribution_end, limit);
        if (cue->negated) {
            out.negated = true;
            return true;
        }
        // The subject phrase may hold a title and a name: "Pentagon spokesman Dale Pruitt".
        // A person named first keeps it ("X of the pollsters Y told").
        const bool named_person =
            subject && subject->kind == SpeakerPhrase::Kind::Entity &&
            view_.doc().entities[static_cast<size_t>(subject->entity)].kind == EntityKind::Person &&
            !is_possessor(view_, subject->mention);
        if (auto person = phrases_.before(cue->first, k);
            person && !named_person &&
            (!subject || person->kind != SpeakerPhrase::Kind::Description))
            subject = person;
        // "«…» the man said", "«…» one said": a noun phrase of any head right before the verb;
        // it also wins over a name that only modifies it ("the league's new coach said").
        if (auto open = phrases_.open_description(k, cue->first);
            open && open->end == cue->first &&
            (!subject || (subject->kind == SpeakerPhrase::Kind::Entity &&
                          view_.doc().entities[static_cast<size_t>(subject->entity)].kind !=
                              EntityKind::Person &&
                          subject->mention.start >= open->mention.start &&
                          subject->mention.end < open->mention.end)))
            subject = open;
        // The subject opens the words after the quotation: a name deep in a run of
        // complements ("«…» après la visite faite par X, a précisé sa sœur") is not it.
        if (subject) {
            const size_t start = view_.token_from(subject->mention.start);
            for (size_t j = k; j < start && subject; ++j)
                if (view_.quote_of(j) >= 0 ||
                    (view_.token(j).is(WordClass::kPreposition) &&
                     !one_of(view_.token(j).folded(), {u"de", u"du", u"des", u"d", u"of"})))
                    subject.reset();
        }
        if (!subject) {
            out.cue.reset();
            return false;
        }
        if (subject->kind == SpeakerPhrase::Kind::Pronoun)
            subject = organizations_.subject_or(quote, *subject);
        if (settler_.settle(*subject, out)) {
            out.rule = rule::quote_then_subject_verb;
            out.confidence = 0.85;
            return true;
        }
        return false;
    }
    return false;
}

} // namespace whosaid::quotes
