#include "quotes/speaker_sieve.h"

#include "quotes/comparative_clause.h"
#include "quotes/embedding_report.h"
#include "quotes/linked_clause.h"
#include "quotes/participle_cue.h"
#include "quotes/quote_ending.h"
#include "quotes/relative_cue.h"
#include "quotes/restrictive_relative.h"
#include "quotes/subject_eligibility.h"
#include "quotes/token_tests.h"
#include "whosaid/attribution_rule.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxAntecedent = 8; // words of "le directeur de la police du Nord, pour qui"

constexpr size_t kMaxReportLevels = 3; // "X said Y told Z that W thinks «…»"

// "Et d'ajouter : «…»", "Et de conclure :": an infinitive of narrative opening its sentence
// has the subject of the sentences before, read as a pronoun of unknown gender. The phrase
// spans "Et d'", so it never becomes a mention of its own.
std::optional<SpeakerPhrase> narrative_infinitive(const DocumentView& view, const CueMatch& cue,
                                                  size_t sentence_first) {
    if (view.doc().language == "en" || view.token(sentence_first).folded() != u"et")
        return std::nullopt;
    const size_t de = sentence_first + 1;
    const bool elided = cue.first == de + 2 && view.token(de).folded() == u"d" &&
                        is_punct(view.token(de + 1), u"'");
    if (!elided && !(cue.first == de + 1 && view.token(de).folded() == u"de"))
        return std::nullopt;
    SpeakerPhrase phrase;
    phrase.kind = SpeakerPhrase::Kind::Pronoun;
    phrase.mention = {view.token(sentence_first).span.start, view.token(cue.first - 1).span.end};
    return phrase;
}

} // namespace

size_t SpeakerSieve::clause_limit(const QuoteCandidate& quote) const {
    // The attribution after a quotation may run past a sentence break the segmenter put
    // inside it; it never runs past its paragraph.
    const int paragraph = quote.range.paragraph;
    const size_t paragraph_end =
        paragraph >= 0
            ? view_.token_from(view_.doc().paragraphs[static_cast<size_t>(paragraph)].end)
            : view_.size();
    size_t limit = std::max(quote.sentence_last, quote.close);
    for (size_t k = quote.close; k < paragraph_end; ++k) {
        if (view_.quote_of(k) >= 0 || is_sentence_end(view_.token(k))) {
            limit = std::max(limit, k);
            return limit;
        }
    }
    return paragraph_end;
}

bool SpeakerSieve::incise(const QuoteCandidate& quote, Attribution& out) {
    const size_t inner_first = view_.token_from(quote.range.inner.start);
    const size_t inner_last = view_.token_from(quote.range.inner.end);
    for (size_t k = inner_first; k + 1 < inner_last; ++k) {
        if (!is_punct(view_.token(k), u",") && !is_long_dash(view_.token(k)))
            continue;
        auto cue = cues_.at(view_.tokens(), k + 1, inner_last);
        if (!cue || cue->preposition || cue->negated)
            continue;
        std::optional<SpeakerPhrase> phrase;
        if (cue->pronoun) {
            SpeakerPhrase pronoun = pronoun_of_cue(*cue, view_);
            pronoun.end = cue->end;
            phrase = pronoun;
        } else {
            phrases_.read_inside(view_.quote_of(k));
            phrase = phrases_.starting_at(cue->end, inner_last);
            // ", a déclaré pour sa part X.": words of a complement before the subject.
            if (!phrase)
                phrase = phrases_.after(cue->end, inner_last);
            phrases_.read_inside(-1);
        }
        if (!phrase || phrase->end > inner_last)
            continue;
        // The incise is closed by punctuation or by the end of the quotation.
        if (phrase->end < inner_last && view_.token(phrase->end).word)
            continue;
        out.cue = cue;
        if (settle(*phrase, out)) {
            out.rule = rule::incise;
            out.confidence = 0.9;
            return true;
        }
    }
    return false;
}

bool SpeakerSieve::quotes_own_subject(const CueMatch& cue, size_t sentence_first) const {
    if (cue.opinion || cue.pronoun)
        return false;
    // "went on to say", "the state's", "her comments": an infinitive or a noun.
    if (cue.first > sentence_first) {
        const Token& before = view_.token(cue.first - 1);
        if (before.is(WordClass::kDeterminer) || one_of(before.folded(), {u"to", u"s"}))
            return false;
    }
    const std::optional<SpeakerPhrase> subject = phrases_.before(cue.first, sentence_first);
    return subject && subject->kind != SpeakerPhrase::Kind::Pronoun;
}

std::optional<SpeakerPhrase> SpeakerSieve::subject_before(const CueMatch& cue,
                                                          size_t sentence_first) const {
    if (cue.pronoun)
        return pronoun_of_cue(cue, view_);
    return phrases_.before(cue.first, sentence_first);
}

bool SpeakerSieve::before_quote(const QuoteCandidate& quote, Attribution& out) {
    const CueMatch* cue = last_cue(quote.sentence_first, quote.open);
    // "disent préparer une offensive pour «éradiquer …»": "pour" right before the mark
    // introduces a purpose, not someone's view; the verb before it speaks.
    if (cue && cue->preposition && cue->end == quote.open &&
        view_.token(cue->first).folded() == u"pour")
        cue = last_cue(quote.sentence_first, cue->first);
    if (!cue || cue->preposition)
        return false;
    // "«…,» says X, but he was stunned when he read about the «…»", "X said Y is «…,» but
    // she gave …: «…»": a clause with a pronoun subject of its own opens after the cue, whose
    // words were the quotation next to it; the quotation is that clause's, as clause_subject
    // reads it. Not "X said he left because he was «…»": the cue reports that clause.
    if (const auto linked = linked_pronoun_subject(view_, quote.sentence_first, quote.open);
        linked && view_.token_from(linked->mention.start) > cue->first &&
        cue_words_quoted(view_, *cue, view_.token_from(linked->mention.start) - 1)) {
        if (!settle(*linked, out))
            return false;
        out.rule = rule::clause_subject;
        out.confidence = 0.65;
        return true;
    }
    // "X said she thinks «…»", "X told reporters that Y believes «…»": the verb that reports
    // the cue's clause speaks, when its subject is read; outwards up to a verb that quotes
    // words of its own subject ("X said Y told an agent that Z thinks «…»": Y).
    std::optional<CueMatch> outer;
    std::optional<SpeakerPhrase> outer_subject;
    CueMatch inner = *cue;
    for (size_t level = 0; level < kMaxReportLevels && !inner.negated; ++level) {
        // The cheap test first: most cues have no verb reporting them, and reading the
        // subject of each would cost a description lookup per quotation.
        const std::optional<CueMatch> next = embedding_report(
            view_, paragraph_cues(quote.sentence_first), inner, quote.sentence_first);
        if (!next || quotes_own_subject(inner, quote.sentence_first))
            break;
        std::optional<SpeakerPhrase> subject = subject_before(*next, quote.sentence_first);
        if (!subject)
            break;
        outer = next;
        outer_subject = subject;
        inner = *next;
    }
    if (outer)
        cue = &*outer;
    out.cue = *cue;
    if (cue->negated) {
        out.negated = true;
        return true;
    }
    std::optional<SpeakerPhrase> subject = outer_subject;
    if (!subject && cue->pronoun) {
        subject = pronoun_of_cue(*cue, view_);
    } else if (!subject) {
        if (!opens_comparative(view_, *cue))
            subject = phrases_.before(cue->first, quote.sentence_first);
        // "«…» a déclaré X" inside one sentence or "Interrogé, a déclaré X :": inverted.
        if (!subject && !is_present_participle(view_, *cue) &&
            !follows_subject_relative(view_, *cue))
            subject = phrases_.after(cue->end, quote.open);
        if (!subject)
            subject = narrative_infinitive(view_, *cue, quote.sentence_first);
    }
    if (!subject || !settle(*subject, out))
        return false;
    // Between the cue and the quotation: nothing, ":" or "que" make a speaker-first quote.
    bool adjacent = true;
    for (size_t k = cue->end; k < quote.open && adjacent; ++k) {
        const Token& t = view_.token(k);
        adjacent = !t.word || t.is(WordClass::kComplementizer);
    }
    // Only ":" or "que" before the mark make the quotation the verb's own clause.
    const Token& before_mark = view_.token(quote.open - 1);
    const bool introduced = before_mark.folded() == u":" ||
                            before_mark.is(WordClass::kComplementizer) ||
                            (before_mark.folded() == u"'" && quote.open >= 2 &&
                             view_.token(quote.open - 2).folded() == u"qu");
    const bool own_clause = (adjacent && introduced) || before_mark.folded() == u":" ||
                            (cue->end == quote.open && quote_ends_sentence(view_, quote));
    out.rule = own_clause ? rule::speaker_then_verb : rule::partial_in_clause;
    out.confidence = own_clause ? 0.85 : 0.75;
    return true;
}

bool SpeakerSieve::according_to(const QuoteCandidate& quote, Attribution& out) {
    // The preposition cues of the sentence before the quotation: "Selon X, «…»".
    const auto& cues = paragraph_cues(quote.sentence_first);
    for (auto it = cues.rbegin(); it != cues.rend(); ++it) {
        if (it->end > quote.open || it->first < quote.sentence_first)
            continue;
        if (!it->preposition)
            continue;
        // "Pour que …", "pour qu'il …": a purpose clause, nobody's view.
        if (view_.token(it->first).folded() == u"pour" && it->end < view_.size() &&
            one_of(view_.token(it->end).folded(), {u"que", u"qu"}))
            continue;
        const Token& last = view_.token(it->end - 1);
        std::optional<SpeakerPhrase> object;
        if (it->end < quote.open &&
            one_of(view_.token(it->end).folded(), {u"qui", u"lequel", u"laquelle", u"whom"})) {
            // "le procureur, pour qui «…»", "the mayor, according to whom "…"": the view is
            // the antecedent's, wherever the relative clause stands in the sentence.
            object = antecedent_of(it->first, quote.sentence_first);
        } else if (last.folded() == u"yeux" || last.folded() == u"avis") {
            // "à ses yeux", "à son avis": the possessive points back to a person.
            SpeakerPhrase pronoun;
            pronoun.kind = SpeakerPhrase::Kind::Pronoun;
            pronoun.mention = {view_.token(it->first).span.start, last.span.end};
            object = pronoun;
        } else {
            object = phrases_.object_at(it->end, quote.open);
            // "pour" and "for" are prepositions of many uses ("telling holdouts for the
            // senator that …"): only "Pour X, …", "For X, …" at a clause start ("Mais pour
            // X, …", "But for X, …" too).
            const bool clause_start = it->first == quote.sentence_first ||
                                      (it->first == quote.sentence_first + 1 &&
                                       one_of(view_.token(quote.sentence_first).folded(),
                                              {u"mais", u"et", u"or", u"but", u"and"}));
            if (object && one_of(view_.token(it->first).folded(), {u"pour", u"for"}) &&
                (!clause_start || object->end >= quote.open ||
                 !is_punct(view_.token(object->end), u",")))
                object.reset();
        }
        out.cue = *it;
        if (object && settle(*object, out)) {
            out.rule = rule::according_to;
            out.confidence = 0.8;
            return true;
        }
    }
    return false;
}

std::optional<SpeakerPhrase> SpeakerSieve::antecedent_of(size_t cue_first,
                                                         size_t sentence_first) const {
    if (cue_first <= sentence_first || !is_punct(view_.token(cue_first - 1), u","))
        return std::nullopt;
    const size_t comma = cue_first - 1;
    // The longest phrase that ends at the comma: "le directeur de la police", "procureur
    // Jean Roy", read back over words only.
    std::optional<SpeakerPhrase> longest;
    for (size_t k = comma; k > sentence_first && comma - k < kMaxAntecedent; --k) {
        if (!view_.token(k - 1).word && !is_punct(view_.token(k - 1), u"'"))
            break;
        if (auto phrase = phrases_.starting_at(k - 1, comma); phrase && phrase->end == comma)
            longest = phrase;
    }
    return longest;
}

bool SpeakerSieve::trailing_clause(const QuoteCandidate& quote, Attribution& out) {
    // Never past the sentence that holds the closing mark: a quotation does not take its
    // speaker from the sentence after it.
    const int sentence = view_.sentence_at(view_.token(quote.close - 1).span.start);
    if (sentence < 0)
        return false;
    const size_t sentence_end =
        view_.token_from(view_.doc().sentences[static_cast<size_t>(sentence)].end);
    if (quote_ends_sentence(view_, quote) && quote.close < sentence_end &&
        view_.token(quote.close).capitalized)
        return false;
    const std::optional<TrailingClause> clause = trailing_.find(quote.close, sentence_end);
    if (!clause)
        return false;
    out.cue = clause->cue;
    out.attribution_end = std::max(out.attribution_end, clause->end);
    if (clause->cue.negated) {
        out.negated = true;
        return true;
    }
    SpeakerPhrase phrase;
    if (clause->subject) {
        phrase = *clause->subject;
    } else {
        phrase.kind = SpeakerPhrase::Kind::Pronoun;
        phrase.mention = view_.token(*clause->cue.pronoun).span;
        phrase.gender = clause->cue.pronoun_gender;
        phrase.plural = clause->cue.pronoun_plural;
    }
    if (phrase.kind == SpeakerPhrase::Kind::Pronoun)
        phrase = organizations_.subject_or(quote, phrase);
    if (!settle(phrase, out))
        return false;
    out.rule = rule::reporting_clause_after;
    out.confidence = 0.7; // dev: 0.67 right in French (18)
    return true;
}

bool SpeakerSieve::crowd_voice(const QuoteCandidate& quote, Attribution& out) {
    const std::optional<SpeakerPhrase> crowd = voices_.find(quote);
    if (!crowd || !settle(*crowd, out))
        return false;
    out.rule = rule::reporting_clause_after;
    out.confidence = 0.7;
    return true;
}

bool SpeakerSieve::passive_agent(const QuoteCandidate& quote, Attribution& out) {
    const std::optional<PassiveAgent> found = passive_.find(quote);
    if (!found)
        return false;
    const size_t limit = clause_limit(quote);
    // A name or a description of a speaker: "par cette attaque" is a cause, no agent.
    const std::optional<SpeakerPhrase> agent = phrases_.starting_at(found->agent, limit);
    if (!agent || agent->kind == SpeakerPhrase::Kind::Pronoun || !settle(*agent, out))
        return false;
    out.cue = found->cue;
    out.rule = rule::passive_agent;
    out.confidence = 0.75;
    return true;
}

bool SpeakerSieve::agent_verb_at(size_t k) const {
    const std::u16string_view w = view_.token(k).folded();
    if (one_of(w, {u"se", u"s"}))
        return true;
    return one_of(w, {u"a", u"avait", u"ont", u"avaient", u"aura", u"auront", u"has", u"had",
                      u"have"}) &&
           !one_of(view_.token(k + 1).folded(), {u"ete", u"been"});
}

bool SpeakerSieve::clause_subject(const QuoteCandidate& quote, Attribution& out) {
    std::optional<SpeakerPhrase> subject =
        restrictive_antecedent(view_, phrases_, quote.sentence_first, quote.open);
    if (!subject)
        subject = subjects_.find(quote.sentence_first, quote.open);
    if (!subject) {
        // "Le gardien avait refusé … «…»", "La foule s'est mise à …": a description
        // opening the clause as the agent of an active verb ("a été remis", "was damaged"
        // have a patient for subject).
        const size_t first = main_clause_start(view_, quote.sentence_first, quote.open);
        subject = phrases_.open_description(first, quote.open);
        if (!subject || subject->end + 1 >= quote.open || !agent_verb_at(subject->end))
            subject.reset();
    }
    if (!subject || !settle(*subject, out))
        return false;
    out.cue.reset(); // the clause has no speech verb for the quotation
    out.rule = rule::clause_subject;
    out.confidence = 0.65; // dev: 0.93 right in French (30), 0.62 in English (8)
    return true;
}

Attribution SpeakerSieve::attribute(const QuoteCandidate& quote) {
    Attribution inside;
    inside.attribution_end = quote.sentence_last;
    if (incise(quote, inside))
        return inside;
    // A negated cue right after or before the quote decides too: nobody is credited.
    // Each rule starts afresh but inherits the medium an earlier one saw ("selon X").
    const auto fresh = [&quote](const Attribution* earlier) {
        Attribution a;
        a.attribution_end = quote.sentence_last;
        if (earlier) {
            a.source_speaker = earlier->source_speaker;
            a.source_speaker_mention = earlier->source_speaker_mention;
        }
        return a;
    };
    Attribution after = fresh(nullptr);
    if (after_quote_.read(quote, clause_limit(quote), after))
        return after;
    // "La piste est jugée «peu probable» par les gendarmes": the agent, not the subject.
    Attribution passive = fresh(&after);
    if (passive_agent(quote, passive))
        return passive;
    Attribution before = fresh(&passive);
    if (before_quote(quote, before))
        return before;
    Attribution according = fresh(&before);
    if (according_to(quote, according))
        return according;
    Attribution label = fresh(&according);
    if (labels_.read(quote, label))
        return label;
    Attribution trailing = fresh(&label);
    if (trailing_clause(quote, trailing))
        return trailing;
    Attribution voices = fresh(&trailing);
    if (!trailing.cue && crowd_voice(quote, voices))
        return voices;
    according.source_speaker = trailing.source_speaker;
    according.source_speaker_mention = trailing.source_speaker_mention;
    // Nobody named: keep the closest cue found and any medium that could be the speaker.
    if (!according.cue)
        according.cue = after.cue ? after.cue : before.cue ? before.cue : trailing.cue;
    according.attribution_end = std::max(after.attribution_end, according.attribution_end);
    return according;
}

} // namespace whosaid::quotes
