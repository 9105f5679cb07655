#include "quotes/open_description_reader.h"

#include "quotes/english_past_verb.h"
#include "quotes/subject_eligibility.h"
#include "quotes/token_tests.h"

namespace whosaid::quotes {

size_t OpenDescriptionReader::time_phrase_end(size_t i, size_t limit) const {
    const std::optional<NounChunk> chunk = chunker_.at(i, limit);
    return chunk && chunker_.time_phrase(*chunk) ? chunk->end : i;
}

std::optional<SpeakerPhrase> OpenDescriptionReader::at(size_t i, size_t limit) const {
    const std::optional<NounChunk> chunk = chunker_.at(i, limit);
    if (!chunk || chunker_.time_phrase(*chunk))
        return std::nullopt;
    for (size_t k = i; k < chunk->end; ++k)
        if (names_.blocked(k))
            return std::nullopt;
    SpeakerPhrase phrase;
    phrase.kind = SpeakerPhrase::Kind::Description;
    phrase.mention = {view_.token(i).span.start, view_.token(chunk->end - 1).span.end};
    phrase.end = chunk->end;
    phrase.gender = chunk->gender;
    phrase.plural = chunk->plural;
    phrase.anonymous = true;
    if (auto named = names_.apposition(chunk->end, limit))
        return named;
    // "le producteur Paul Roy de l'agence X": a person named right after a noun of the
    // phrase (not after "de": "l'avocat de Paul Roy" is someone else) is the speaker.
    for (size_t k = i + 1; k < chunk->end; ++k) {
        const Token& t = view_.token(k);
        if (!t.capitalized)
            continue;
        const Token& before = view_.token(k - 1);
        if (!before.word || before.capitalized || before.is(WordClass::kPreposition) ||
            before.is(WordClass::kDeterminer))
            break;
        if (const IndexedMention* m = view_.mention_starting(t.span.start)) {
            // "the printed Roy slate card": a name that modifies the head is not it.
            if (view_.doc().entities[static_cast<size_t>(m->entity)].kind == EntityKind::Person &&
                !modifies_noun(view_, m->span)) {
                phrase.kind = SpeakerPhrase::Kind::Entity;
                phrase.entity = m->entity;
                phrase.mention = m->span;
                phrase.anonymous = false;
                return phrase;
            }
            break;
        }
        // A name the recognizer missed: a first name and a surname at least.
        if (auto named = names_.name_phrase(k, chunk->end, false);
            named && named->end > k + 1 &&
            view_.doc().entities[static_cast<size_t>(named->entity)].kind == EntityKind::Person)
            return named;
        break;
    }
    // "la chanteuse Jeanne Roy": a title noun of any kind before a person's name.
    if (chunk->end < limit && view_.token(chunk->end).capitalized)
        if (auto named = names_.name_phrase(chunk->end, limit, false);
            named &&
            view_.doc().entities[static_cast<size_t>(named->entity)].kind == EntityKind::Person)
            return named;
    if (chunk->definite && !chunk->plural) {
        const int32_t person = roles_.refer_back(phrase.mention, chunk->head, chunk->gender, false);
        if (person >= 0) {
            phrase.kind = SpeakerPhrase::Kind::Entity;
            phrase.entity = person;
            phrase.anonymous = false;
        }
        phrase.definite_person = person < 0;
    }
    return phrase;
}

std::optional<SpeakerPhrase> OpenDescriptionReader::before_verb(size_t first, size_t verb) const {
    auto open = at(first, verb);
    if (!open)
        return std::nullopt;
    // "The senator emailed supporters saying", "the order released Friday said": an English
    // past verb right after the phrase opens its predicate or a participle modifying it.
    if (!french_ && open->end < verb && !view_.token(open->end).capitalized &&
        english_past_verb(view_.token(open->end)))
        return open;
    // Only the verb group's own words may follow: "s'est", "n'a pas", "a aussitôt".
    for (size_t k = open->end; k < verb; ++k) {
        const Token& t = view_.token(k);
        if (!(t.is(WordClass::kAuxiliary | WordClass::kAdverb | WordClass::kNegation) ||
              is_punct(t, u"'") || one_of(t.folded(), {u"se", u"s", u"ne", u"n"})))
            return std::nullopt;
    }
    return open;
}

} // namespace whosaid::quotes
