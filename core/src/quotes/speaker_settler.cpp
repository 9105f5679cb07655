#include "quotes/speaker_settler.h"

#include "quotes/medium_reference.h"
#include "quotes/subject_eligibility.h"
#include "quotes/token_tests.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

constexpr size_t kMaxSubjectSpan = 30; // words read on each side of "on" for its place

// "the man", "la femme", "le jeune homme": a description that says nothing but a gender.
// Taking it for whoever held the floor would resolve it by gender alone: it stays anonymous
// as written (after "one of the protesters said …", "the man said" is that protester).
bool generic_person(const DocumentView& view, Span mention) {
    const size_t first = view.token_from(mention.start);
    const size_t end = view.token_from(mention.end);
    if (end == 0 || end > first + 4)
        return false;
    return one_of(view.token(end - 1).folded(), {u"man", u"woman", u"homme", u"femme"});
}

// Whether an English description names a written text ("the email", "a statement from the
// campaign"): a document of the lexicon before any preposition. Such a text is "it" when it
// speaks again ("\"…,\" the email read. It said that …"), not a person. French texts keep
// their gender ("le communiqué … précise-t-il") and are left as they are.
bool english_text(const DocumentView& view, const SpeechCueLexicon& lexicon, Span mention) {
    if (view.doc().language != "en")
        return false;
    const size_t end = view.token_from(mention.end);
    for (size_t k = view.token_from(mention.start); k < end; ++k) {
        const std::u16string_view w = view.token(k).folded();
        if (lexicon.document_noun(w))
            return true;
        if (one_of(w, {u"of", u"on", u"in", u"from", u"by", u"to", u"with", u"at", u"for"}))
            return false;
    }
    return false;
}

} // namespace

bool SpeakerSettler::settle(const SpeakerPhrase& phrase, Attribution& out) {
    Speaker speaker;
    speaker.mention = phrase.mention;
    switch (phrase.kind) {
    case SpeakerPhrase::Kind::Pronoun: {
        if (view_.doc().slice(phrase.mention) == u"on" ||
            view_.doc().slice(phrase.mention) == u"On") {
            if (!settle_on(phrase, speaker, out))
                return false;
            break;
        }
        if (phrase.plural) {
            // "«…», disent-ils", "they said": the organization or the group that held the floor.
            const PronounResolver::Group group = pronouns_.group_floor(phrase.mention.start);
            // ... unless people were named together since ("A et B dirigent le refuge").
            Speaker named = speaker;
            Attribution trial = out;
            if (const auto together = settle_group(phrase, named, trial);
                together && together->start > group.position) {
                speaker = std::move(named);
                out.speaker_entity = trial.speaker_entity;
                break;
            }
            if (group.entity >= 0) {
                speaker.entity = view_.doc().entities[static_cast<size_t>(group.entity)].id;
                out.speaker_entity = group.entity;
                break;
            }
            if (!group.description)
                return false;
            speaker.anonymous = true;
            speaker.description = std::u16string(view_.doc().slice(*group.description));
            // "Ils ont jugé …. «…», écrivent-ils": the group keeps the floor it continues.
            pronouns_.note_group(*group.description, phrase.mention.start);
            break;
        }
        if (!settle_pronoun(phrase, speaker, out))
            return false;
        break;
    }
    case SpeakerPhrase::Kind::Entity: {
        const Entity& entity = view_.doc().entities[static_cast<size_t>(phrase.entity)];
        if (entity.kind == EntityKind::Media && out.source_speaker < 0) {
            // A medium is a channel first: it speaks only when nobody else does.
            out.source_speaker = phrase.entity;
            out.source_speaker_mention = phrase.mention;
            note_turn(phrase, speaker, phrase.entity);
            return false;
        }
        if (entity.kind == EntityKind::Media)
            return false;
        speaker.entity = entity.id;
        out.speaker_entity = phrase.entity;
        settle_group(phrase, speaker, out);
        break;
    }
    case SpeakerPhrase::Kind::Description:
        // "selon ce texte", "the statement said": whoever issued the text speaks.
        if (const auto author = documents_.author(phrase))
            return settle(*author, out);
        if (documents_.indefinite_document(phrase))
            return false; // "selon un communiqué de X": a channel
        if (settle_group(phrase, speaker, out))
            break;
        // "selon le quotidien", "the paper noted": the medium named before, a channel first.
        if (const int32_t medium = referred_medium(view_, phrase.mention); medium >= 0) {
            if (out.source_speaker < 0) {
                out.source_speaker = medium;
                out.source_speaker_mention = phrase.mention;
            }
            note_turn(phrase, speaker, medium);
            return false;
        }
        // "«…», a précisé cette dernière": the person mentioned last.
        if (const int32_t latter = latter_.person_for(phrase.mention); latter >= 0) {
            speaker.entity = view_.doc().entities[static_cast<size_t>(latter)].id;
            out.speaker_entity = latter;
            break;
        }
        if (phrase.definite_person && !generic_person(view_, phrase.mention)) {
            // "«…», a dit M. Roy. «…», a ajouté l'élu.": the description continues the floor.
            int32_t entity = pronouns_.floor_holder(phrase.mention.start, phrase.gender);
            // "ce père de famille", "le chauffeur de 34 ans": the person the text is about.
            if (entity < 0 && refers_like_pronoun(view_, phrase.mention) &&
                (phrase.gender != Gender::Unknown || bare_age(view_, phrase.mention)))
                entity = pronouns_.nearest_person(phrase.mention.start, phrase.gender);
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
        note_turn(phrase, speaker, out.speaker_entity);
    if (out.speaker_entity >= 0)
        pronouns_.note_speaker(out.speaker_entity, phrase.mention.start);
    else if (phrase.kind == SpeakerPhrase::Kind::Description)
        note_turn(phrase, speaker, -1);
    return true;
}

bool SpeakerSettler::settle_pronoun(const SpeakerPhrase& phrase, Speaker& speaker,
                                    Attribution& out) {
    // A turn taken right before by an indefinite description or an institution of the
    // pronoun's gender wins over an older person ("«…», a confié une voisine. «…»,
    // reconnaît-elle"); other turns ("le ministre" may be a person named earlier) only when
    // no person agrees.
    const SpeakerFloor::Turn* turn =
        floor_.continued(view_, phrase.mention.start, phrase.gender, phrase.neuter, phrase.plural);
    // "«…?», demande la présidente. «…», répond-il", "he replied": a verb of reply is not
    // spoken by whoever spoke last, the one who asked.
    const SpeakerFloor::Turn* asker =
        out.cue && out.cue->answers ? floor_.last(view_, phrase.mention.start) : nullptr;
    if (asker && turn == asker)
        turn = nullptr;
    // An unnamed person who spoke last keeps the pronoun of its gender ("L'informateur
    // affirme que «…». Il ajoute : «…»"); a person named since the turn ("…, a dit un
    // porte-parole. M. X a visité le site. «…», a-t-il ajouté") takes it back.
    const bool turn_wins =
        turn &&
        (turn->indefinite || (turn->anonymous && phrase.gender != Gender::Unknown) ||
         (turn->institution && turn->gender != Gender::Unknown)) &&
        !pronouns_.person_named_between(turn->position, phrase.mention.start, phrase.gender);
    int32_t entity = -1;
    if (!phrase.neuter && !turn_wins)
        entity = pronouns_.resolve(phrase.mention.start, phrase.gender, asker ? asker->entity : -1);
    if (entity < 0 && turn) {
        if (turn->entity < 0) {
            speaker.anonymous = !turn->institution;
            speaker.description = std::u16string(view_.doc().slice(*turn->description));
            SpeakerFloor::Turn again = *turn;
            again.position = phrase.mention.start;
            floor_.note(again);
            return true;
        }
        const Entity& held = view_.doc().entities[static_cast<size_t>(turn->entity)];
        if (held.kind == EntityKind::Media) {
            // "«…», the paper said. «…», it added": still a channel first.
            if (out.source_speaker < 0) {
                out.source_speaker = turn->entity;
                out.source_speaker_mention = phrase.mention;
            }
            return false;
        }
        entity = turn->entity;
    } else if (entity < 0) {
        return false;
    } else if (view_.token_from(phrase.mention.end) == view_.token_from(phrase.mention.start) + 1) {
        // Only a pronoun word becomes a mention ("à ses yeux" points back but is no pronoun).
        linker_.add_pronoun(entity, phrase.mention);
    }
    speaker.entity = view_.doc().entities[static_cast<size_t>(entity)].id;
    out.speaker_entity = entity;
    return true;
}

bool SpeakerSettler::settle_on(const SpeakerPhrase& phrase, Speaker& speaker, Attribution& out) {
    // "«…», explique-t-on à la préfecture", "Du côté du club, on estime «…»", "chez Renault,
    // on assure …": the institution where "on" speaks; "«…», a-t-on indiqué" alone names
    // nobody.
    // "peut-on lire sur les pancartes", "on lit": "on" reads, nobody speaks.
    const size_t at_on = view_.token_from(phrase.mention.start);
    for (size_t k = at_on > 2 ? at_on - 2 : 0; k < view_.size() && k <= at_on + 2; ++k)
        if (one_of(view_.token(k).folded(), {u"lire", u"lit", u"lisait", u"lu", u"voir"}))
            return false;
    const int sentence = view_.sentence_at(phrase.mention.start);
    if (sentence >= 0) {
        // Only the words near "on" are read: a sentence of many "dit-on" stays linear.
        const Span span = view_.doc().sentences[static_cast<size_t>(sentence)];
        const size_t last = std::min(view_.token_from(span.end), at_on + kMaxSubjectSpan);
        const size_t first = std::max(view_.token_from(span.start),
                                      at_on > kMaxSubjectSpan ? at_on - kMaxSubjectSpan : 0);
        for (size_t k = first; k + 1 < last; ++k) {
            if (view_.quote_of(k) >= 0)
                continue;
            const std::u16string_view w = view_.token(k).folded();
            size_t at = k + 1;
            if (w == u"cote" && one_of(view_.token(k + 1).folded(), {u"de", u"du", u"des"}))
                ++at;
            else if (!one_of(w, {u"a", u"\u00e0", u"au", u"aux", u"chez", u"aupres"}))
                continue;
            if (at < last && view_.token(at).folded() == u"de")
                ++at; // "auprès de"
            // "à la CGT": an organization behind its article reads as after "selon".
            std::optional<SpeakerPhrase> place = phrases_.object_at(at, last);
            // "à la préfecture de la Gironde": a place of work of any noun stands for its staff.
            const bool definite = one_of(view_.token(at).folded(), {u"le", u"la", u"l", u"les"});
            if (!place && definite)
                place = phrases_.open_description(at, last);
            if (place && definite && place->kind == SpeakerPhrase::Kind::Description)
                place->anonymous = false;
            if (!place || (place->kind == SpeakerPhrase::Kind::Description && place->anonymous))
                continue;
            if (place->kind == SpeakerPhrase::Kind::Entity) {
                const Entity& entity = view_.doc().entities[static_cast<size_t>(place->entity)];
                if (entity.kind != EntityKind::Organization)
                    continue;
                speaker.entity = entity.id;
                out.speaker_entity = place->entity;
            } else if (place->kind == SpeakerPhrase::Kind::Description) {
                speaker.description = std::u16string(view_.doc().slice(place->mention));
            } else {
                continue;
            }
            speaker.mention = place->mention;
            return true;
        }
    }
    return false;
}

std::optional<Span> SpeakerSettler::settle_group(const SpeakerPhrase& phrase, Speaker& speaker,
                                                 Attribution& out) const {
    std::optional<SpeakerGroup> group;
    bool pointed = phrase.kind == SpeakerPhrase::Kind::Pronoun;
    if (phrase.kind == SpeakerPhrase::Kind::Entity) {
        // A singular verb after "A et B" is B's alone; a label "A and B:" is both's.
        if (!phrase.together && (!out.cue || !groups_.plural_cue(*out.cue)))
            return std::nullopt;
        group = groups_.around(phrase.mention);
    } else {
        // "les deux fondateurs", "the two founders", "both", "disent-ils": the people the
        // sentence or the one before named together.
        if (!pointed) {
            const size_t at = view_.token_from(phrase.mention.start);
            pointed = groups_.numbered_reference(at, phrase.end) > at;
        }
        if (pointed)
            group = groups_.latest_before(phrase.mention.start);
    }
    if (!group)
        return std::nullopt;
    const bool feminine =
        phrase.gender == Gender::Feminine || view_.doc().slice(phrase.mention) == u"elles";
    if (pointed && feminine)
        for (int32_t member : group->entities)
            if (linker_.gender(member) == Gender::Masculine)
                return std::nullopt; // "disent-elles" is no group of men
    const auto& entities = view_.doc().entities;
    speaker.entity = entities[static_cast<size_t>(group->entities.front())].id;
    out.speaker_entity = group->entities.front();
    for (size_t i = 0; i < group->entities.size(); ++i) {
        speaker.entities.push_back(entities[static_cast<size_t>(group->entities[i])].id);
        speaker.mentions.push_back(pointed ? phrase.mention : group->mentions[i]);
    }
    speaker.mention = speaker.mentions.front();
    return group->span;
}

void SpeakerSettler::note_reporter(const SpeakerPhrase& phrase, int32_t position) {
    Speaker speaker;
    // "Trade was a sore point, the paper said. "…," it observed": an English medium that
    // reports keeps the floor for "it" (never for "he" or "she", SpeakerFloor::continued). A
    // French medium reporting is a channel: "…, rapporte le journal. «…», a-t-il ajouté"
    // continues the person reported on.
    const bool english = view_.doc().language == "en";
    if (english && phrase.kind == SpeakerPhrase::Kind::Description && !phrase.plural)
        if (const int32_t medium = referred_medium(view_, phrase.mention); medium >= 0) {
            note_turn(phrase, speaker, medium, position);
            return;
        }
    if (phrase.kind == SpeakerPhrase::Kind::Entity) {
        const EntityKind kind = view_.doc().entities[static_cast<size_t>(phrase.entity)].kind;
        if (kind != EntityKind::Person && kind != EntityKind::Organization &&
            !(english && kind == EntityKind::Media))
            return;
        if (kind == EntityKind::Person)
            pronouns_.note_reporter(phrase.entity, phrase.mention.start);
        note_turn(phrase, speaker, phrase.entity, position);
        return;
    }
    // An English institution described ("the ministry said") holds the floor for "it" only.
    if (phrase.kind != SpeakerPhrase::Kind::Description || (!phrase.anonymous && !english) ||
        phrase.definite_person || referred_medium(view_, phrase.mention) >= 0)
        return;
    if (phrase.plural) {
        pronouns_.note_group(phrase.mention, position);
        return;
    }
    speaker.anonymous = phrase.anonymous;
    note_turn(phrase, speaker, -1, position);
}

void SpeakerSettler::note_turn(const SpeakerPhrase& phrase, const Speaker& speaker, int32_t entity,
                               int32_t position) {
    SpeakerFloor::Turn turn;
    turn.position = position >= 0 ? position : phrase.mention.start;
    turn.entity = entity;
    if (entity >= 0) {
        const EntityKind kind = view_.doc().entities[static_cast<size_t>(entity)].kind;
        turn.person = kind == EntityKind::Person;
        turn.institution = !turn.person;
        turn.gender = turn.person ? linker_.gender(entity) : phrase.gender;
    } else {
        turn.description = phrase.mention;
        turn.gender = phrase.gender;
        // An anonymous description stands for people; a description that is not anonymous
        // nor a role ("la préfecture", "the company") for an institution.
        const bool text = english_text(view_, lexicon_, phrase.mention);
        turn.person = !text && (speaker.anonymous || phrase.definite_person);
        turn.institution = !turn.person && !phrase.plural;
        turn.anonymous = !text && speaker.anonymous && !phrase.plural;
        turn.narrator = phrase.narrator;
        turn.plural = phrase.plural;
        turn.indefinite = speaker.anonymous &&
                          one_of(view_.token(view_.token_from(phrase.mention.start)).folded(),
                                 {u"un", u"une", u"a", u"an", u"one"});
    }
    floor_.note(turn);
}

} // namespace whosaid::quotes
