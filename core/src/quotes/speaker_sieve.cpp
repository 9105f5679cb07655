#include "quotes/speaker_sieve.h"

#include "quotes/token_tests.h"
#include "whosaid/attribution_rule.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxSubjectSpan = 30; // tokens between a quote and its "X said"
constexpr size_t kMaxLeadPunct = 2;

bool sentence_final(const Token& t) {
    // Punctuation tokens are one unit.
    return !t.word && (t.folded_units[0] == u'.' || t.folded_units[0] == u'!' ||
                       t.folded_units[0] == u'?' || t.folded_units[0] == u';');
}

} // namespace

bool SpeakerSieve::quote_ends_sentence(const QuoteCandidate& quote) const {
    const std::u16string_view inner = view_.doc().slice(quote.range.inner);
    return !inner.empty() && (inner.back() == u'.' || inner.back() == u'!' ||
                              inner.back() == u'?' || inner.back() == u'\u2026');
}

const std::vector<CueMatch>& SpeakerSieve::paragraph_cues(size_t i) {
    // Most calls ask again about the paragraph of the call before: answered without
    // searching the document's paragraphs.
    const int32_t position = view_.token(i).span.start;
    if (last_cues_ && last_paragraph_.contains(position))
        return *last_cues_;
    const int paragraph = view_.doc().paragraph_at(position);
    const Span span = paragraph >= 0 ? view_.doc().paragraphs[static_cast<size_t>(paragraph)]
                                     : view_.token(i).span;
    auto found = paragraph_cues_.find(paragraph);
    if (found != paragraph_cues_.end()) {
        remember(paragraph, span, found->second);
        return found->second;
    }
    std::vector<CueMatch>& cues = paragraph_cues_[paragraph];
    remember(paragraph, span, cues);
    const size_t last = view_.token_from(span.end);
    // A cue is read up to 12 tokens ahead, never into a quotation: quoted is the first
    // quoted token at or after k, found by one sweep over the paragraph.
    size_t quoted = view_.token_from(span.start);
    for (size_t k = quoted; k < last; ++k) {
        if (view_.quote_of(k) >= 0)
            continue;
        if (quoted < k)
            quoted = k;
        while (quoted < last && view_.quote_of(quoted) < 0)
            ++quoted;
        const size_t limit = std::min(quoted, k + 12);
        if (auto cue = cues_.at(view_.tokens(), k, limit)) {
            cues.push_back(*cue);
            k = cue->end - 1;
        }
    }
    return cues;
}

void SpeakerSieve::remember(int paragraph, Span span, const std::vector<CueMatch>& cues) {
    // A token outside every paragraph has cues of its own: not remembered.
    last_cues_ = paragraph >= 0 ? &cues : nullptr;
    last_paragraph_ = span;
}

const CueMatch* SpeakerSieve::last_cue(size_t begin, size_t end) {
    if (begin >= end)
        return nullptr;
    const auto& cues = paragraph_cues(begin);
    auto it = std::lower_bound(cues.begin(), cues.end(), end,
                               [](const CueMatch& c, size_t e) { return c.end <= e; });
    // it: first cue ending after end; step back to the last one ending at or before end.
    if (it == cues.begin())
        return nullptr;
    --it;
    return it->first >= begin ? &*it : nullptr;
}

bool SpeakerSieve::settle(const SpeakerPhrase& phrase, Attribution& out) {
    Speaker speaker;
    speaker.mention = phrase.mention;
    switch (phrase.kind) {
    case SpeakerPhrase::Kind::Pronoun: {
        if (phrase.plural) {
            // "«…», disent-ils", "they said": the organization or the group that held the floor.
            const PronounResolver::Group group = pronouns_.group_floor(phrase.mention.start);
            if (group.entity >= 0) {
                speaker.entity = view_.doc().entities[static_cast<size_t>(group.entity)].id;
                out.speaker_entity = group.entity;
                break;
            }
            if (!group.description)
                return false;
            speaker.anonymous = true;
            speaker.description = std::u16string(view_.doc().slice(*group.description));
            break;
        }
        const int32_t entity = pronouns_.resolve(phrase.mention.start, phrase.gender);
        if (entity < 0)
            return false;
        // Only a pronoun word becomes a mention ("à ses yeux" points back but is no pronoun).
        if (view_.token_from(phrase.mention.end) == view_.token_from(phrase.mention.start) + 1)
            linker_.add_pronoun(entity, phrase.mention);
        speaker.entity = view_.doc().entities[static_cast<size_t>(entity)].id;
        out.speaker_entity = entity;
        break;
    }
    case SpeakerPhrase::Kind::Entity: {
        const Entity& entity = view_.doc().entities[static_cast<size_t>(phrase.entity)];
        if (entity.kind == EntityKind::Media && out.source_speaker < 0) {
            // A medium is a channel first: it speaks only when nobody else does.
            out.source_speaker = phrase.entity;
            out.source_speaker_mention = phrase.mention;
            return false;
        }
        if (entity.kind == EntityKind::Media)
            return false;
        speaker.entity = entity.id;
        out.speaker_entity = phrase.entity;
        break;
    }
    case SpeakerPhrase::Kind::Description:
        if (phrase.definite_person) {
            // "«…», a dit M. Roy. «…», a ajouté l'élu.": the description continues the floor.
            const int32_t entity = pronouns_.floor_holder(phrase.mention.start, phrase.gender);
            if (entity >= 0) {
                speaker.entity = view_.doc().entities[static_cast<size_t>(entity)].id;
                out.speaker_entity = entity;
                break;
            }
        }
        speaker.anonymous = phrase.anonymous;
        speaker.description = std::u16string(view_.doc().slice(phrase.mention));
        if (phrase.plural)
            pronouns_.note_group(phrase.mention);
        break;
    }
    out.speaker = speaker;
    if (out.speaker_entity >= 0)
        pronouns_.note_speaker(out.speaker_entity, phrase.mention.start);
    return true;
}

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
        if (view_.quote_of(k) >= 0 || sentence_final(view_.token(k))) {
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
        if (!is_punct(view_.token(k), u",") && !is_punct(view_.token(k), u"\u2013") &&
            !is_punct(view_.token(k), u"\u2014"))
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

bool SpeakerSieve::after_quote(const QuoteCandidate& quote, Attribution& out) {
    const size_t limit = clause_limit(quote);
    size_t k = quote.close;
    for (size_t skipped = 0; k < limit && skipped < kMaxLeadPunct; ++skipped) {
        const Token& t = view_.token(k);
        if (is_punct(t, u",") || is_punct(t, u"-") || is_punct(t, u"\u2013") ||
            is_punct(t, u"\u2014") || is_punct(t, u")"))
            ++k;
        else
            break;
    }
    if (k >= limit)
        return false;
    // «….» Then a capital: a new sentence, which speaks for the quotation only when it is
    // nothing but "X said" ("«….» Selon X, …" speaks for what follows).
    const bool new_sentence =
        k == quote.close && quote_ends_sentence(quote) && view_.token(k).capitalized;
    // "«…», n'a pas dit X": the cue starts after the negation particle.
    if (k + 1 < limit && (view_.token(k).folded() == u"ne" ||
                          (view_.token(k).folded() == u"n" && is_punct(view_.token(k + 1), u"'"))))
        k += view_.token(k).folded() == u"ne" ? 1 : 2;
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
            if (object && settle(*object, out)) {
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
                if (teller && settle(*teller, out)) {
                    out.rule = rule::according_to;
                    out.confidence = 0.7;
                    return true;
                }
                break;
            }
            return false;
        }
        if (cue->pronoun) {
            SpeakerPhrase pronoun = pronoun_of_cue(*cue, view_);
            if (settle(pronoun, out)) {
                out.rule = rule::quote_then_inverted_verb;
                out.confidence = 0.85;
                return true;
            }
            return false;
        }
        if (auto subject = phrases_.after(cue->end, limit); subject && settle(*subject, out)) {
            out.rule = subject->apposition ? rule::apposition : rule::quote_then_inverted_verb;
            out.confidence = 0.9;
            return true;
        }
        // "«…», X said" in English puts the subject first; a cue with no subject here
        // may still be followed by one further on, so fall through.
    }
    // «…», X said / «…», he added / «…», Mme X a-t-elle ajouté
    // The subject phrase may start with words that are no phrase of their own ("chief
    // executive Laura Benton said"): then the verb's subject is read back from the cue.
    auto subject = phrases_.starting_at(k, limit);
    if (!subject && !view_.token(k).word)
        return false;
    const size_t from = subject ? subject->end : k + 1;
    for (size_t c = from; c < limit && c < from + kMaxSubjectSpan; ++c) {
        if (view_.quote_of(c) >= 0 || sentence_final(view_.token(c)))
            break;
        auto cue = cues_.at(view_.tokens(), c, limit);
        if (!cue || cue->preposition)
            continue;
        if (new_sentence && (!subject || c != subject->end))
            return false;
        out.cue = cue;
        out.attribution_end = std::max(out.attribution_end, limit);
        if (cue->negated) {
            out.negated = true;
            return true;
        }
        // The subject phrase may hold a title and a name: "Pentagon spokesman Mark Wright".
        if (auto person = phrases_.before(cue->first, k);
            person && (!subject || person->kind != SpeakerPhrase::Kind::Description))
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
        if (settle(*subject, out)) {
            out.rule = rule::quote_then_subject_verb;
            out.confidence = 0.85;
            return true;
        }
        return false;
    }
    return false;
}

bool SpeakerSieve::before_quote(const QuoteCandidate& quote, Attribution& out) {
    const CueMatch* cue = last_cue(quote.sentence_first, quote.open);
    if (!cue || cue->preposition)
        return false;
    out.cue = *cue;
    if (cue->negated) {
        out.negated = true;
        return true;
    }
    std::optional<SpeakerPhrase> subject;
    if (cue->pronoun) {
        SpeakerPhrase pronoun = pronoun_of_cue(*cue, view_);
        subject = pronoun;
    } else {
        subject = phrases_.before(cue->first, quote.sentence_first);
        // "«…» a déclaré X" inside one sentence or "Interrogé, a déclaré X :": inverted.
        if (!subject)
            subject = phrases_.after(cue->end, quote.open);
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
                            (cue->end == quote.open && quote_ends_sentence(quote));
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
        const Token& last = view_.token(it->end - 1);
        std::optional<SpeakerPhrase> object;
        if (last.folded() == u"yeux" || last.folded() == u"avis") {
            // "à ses yeux", "à son avis": the possessive points back to a person.
            SpeakerPhrase pronoun;
            pronoun.kind = SpeakerPhrase::Kind::Pronoun;
            pronoun.mention = {view_.token(it->first).span.start, last.span.end};
            object = pronoun;
        } else {
            object = phrases_.object_at(it->end, quote.open);
            // "pour" is a preposition of many uses: only "Pour X, …" at a clause start
            // ("Mais pour X, …" too).
            const bool clause_start =
                it->first == quote.sentence_first ||
                (it->first == quote.sentence_first + 1 &&
                 one_of(view_.token(quote.sentence_first).folded(), {u"mais", u"et", u"or"}));
            if (object && view_.token(it->first).folded() == u"pour" &&
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

bool SpeakerSieve::trailing_clause(const QuoteCandidate& quote, Attribution& out) {
    // Never past the sentence that holds the closing mark: a quotation does not take its
    // speaker from the sentence after it.
    const int sentence = view_.sentence_at(view_.token(quote.close - 1).span.start);
    if (sentence < 0)
        return false;
    const size_t sentence_end =
        view_.token_from(view_.doc().sentences[static_cast<size_t>(sentence)].end);
    if (quote_ends_sentence(quote) && quote.close < sentence_end &&
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
    if (!settle(phrase, out))
        return false;
    out.rule = rule::reporting_clause_after;
    out.confidence = 0.7; // dev: 0.67 right in French (18)
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
    std::optional<SpeakerPhrase> subject = subjects_.find(quote.sentence_first, quote.open);
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
    if (after_quote(quote, after))
        return after;
    Attribution before = fresh(&after);
    if (before_quote(quote, before))
        return before;
    Attribution according = fresh(&before);
    if (according_to(quote, according))
        return according;
    Attribution trailing = fresh(&according);
    if (trailing_clause(quote, trailing))
        return trailing;
    according.source_speaker = trailing.source_speaker;
    according.source_speaker_mention = trailing.source_speaker_mention;
    // Nobody named: keep the closest cue found and any medium that could be the speaker.
    if (!according.cue)
        according.cue = after.cue ? after.cue : before.cue ? before.cue : trailing.cue;
    according.attribution_end = std::max(after.attribution_end, according.attribution_end);
    return according;
}

} // namespace whosaid::quotes
