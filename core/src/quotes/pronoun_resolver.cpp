#include "quotes/pronoun_resolver.h"

#include "quotes/clause_subject_finder.h"

#include <algorithm>
#include <iterator>

namespace whosaid::quotes {

namespace {

constexpr int kLookBack = 60;          // mentions examined before a pronoun
constexpr int32_t kMaxDistance = 6000; // UTF-16 units: about two screens of text
// Sentences back the floor holder may have spoken: a quotation holding "?" or "!" is
// split into several sentences.
constexpr int kFloorSentences = 3;
constexpr int kChainDepth = 2;         // pronouns followed back through sentences opened by one
constexpr int kMaxSentenceWalk = 64;   // sentences counted between a speaker and a pronoun
constexpr size_t kMaxInciseWords = 40; // tokens of a sentence read for an incise pronoun

} // namespace

void PronounResolver::note_speaker(int32_t entity, int32_t position) {
    speakers_.emplace_back(position, entity);
}

void PronounResolver::note_reporter(int32_t entity, int32_t position) {
    if (reporters_.empty() || reporters_.back().first < position)
        reporters_.emplace_back(position, entity);
}

int PronounResolver::narrative_sentences(int32_t from, int32_t to) const {
    const int first = view_.sentence_at(from);
    const int last = view_.sentence_at(to);
    if (first < 0 || last < first)
        return first < 0 ? kMaxSentenceWalk : 0;
    if (last - first > kMaxSentenceWalk)
        return kMaxSentenceWalk;
    int count = 0;
    for (int s = first + 1; s <= last; ++s)
        if (!view_.inside_quote(view_.doc().sentences[static_cast<size_t>(s)].start))
            ++count;
    return count;
}

Span PronounResolver::opening_phrase_before(int32_t position) const {
    const size_t at = view_.token_from(position);
    const size_t first = view_.sentence_tokens(Span{position, position}).first;
    if (at <= first || after_opening_phrase(view_, first, at + 1) != at)
        return Span{};
    return Span{view_.token(first).span.start, view_.token(at - 1).span.end};
}

int32_t PronounResolver::nearest_person(int32_t position, Gender gender) const {
    const auto& mentions = view_.mentions();
    auto it = mentions.lower_bound(position);
    const Span host = opening_phrase_before(position);
    for (int steps = 0; it != mentions.begin() && steps < kLookBack; ++steps) {
        --it;
        if (narrative_sentences(it->span.start, position) > 1)
            break;
        const Entity& entity = view_.doc().entities[static_cast<size_t>(it->entity)];
        if (entity.kind != EntityKind::Person || it->form == MentionForm::Pronoun ||
            view_.inside_quote(it->span.start) || host.contains(it->span.start))
            continue;
        const Gender g = linker_.gender(it->entity);
        return g == Gender::Unknown || gender == Gender::Unknown || g == gender ? it->entity : -1;
    }
    return -1;
}

bool PronounResolver::person_named_between(int32_t from, int32_t to, Gender gender) const {
    for (const IndexedMention& m : view_.mentions_in(from, to)) {
        const Entity& entity = view_.doc().entities[static_cast<size_t>(m.entity)];
        if (entity.kind == EntityKind::Person && m.form != MentionForm::Pronoun &&
            !view_.inside_quote(m.span.start)) {
            const Gender g = linker_.gender(m.entity);
            if (g == gender || g == Gender::Unknown)
                return true;
        }
    }
    return false;
}

bool PronounResolver::spoke_recently(int32_t entity, int32_t position) const {
    const int sentence = view_.sentence_at(position);
    if (sentence < 0)
        return false;
    auto sp = std::lower_bound(speakers_.begin(), speakers_.end(), std::make_pair(position, -1));
    for (int steps = 0; sp != speakers_.begin() && steps < 4; ++steps) {
        --sp;
        // Sentences of the quotation the pronoun closes do not count.
        if (view_.sentence_at(sp->first) < sentence - 1 &&
            narrative_sentences(sp->first, position) > 1)
            break;
        if (sp->second == entity)
            return true;
    }
    // The subject of a narrative sentence's speech verb right before ("X admet que …").
    return std::any_of(reporters_.rbegin(),
                       reporters_.rbegin() + std::min<std::ptrdiff_t>(2, std::ssize(reporters_)),
                       [&](const std::pair<int32_t, int32_t>& r) {
                           return r.second == entity && r.first < position &&
                                  narrative_sentences(r.first, position) <= 1;
                       });
}

int32_t PronounResolver::floor_holder(int32_t position, Gender gender) const {
    auto sp = std::lower_bound(speakers_.begin(), speakers_.end(), std::make_pair(position, -1));
    if (sp == speakers_.begin())
        return -1;
    --sp;
    const int sentence = view_.sentence_at(position);
    const int spoke = view_.sentence_at(sp->first);
    if (sentence < 0 || spoke < sentence - kFloorSentences || spoke > sentence)
        return -1;
    const Entity& entity = view_.doc().entities[static_cast<size_t>(sp->second)];
    const Gender g = linker_.gender(sp->second);
    if (entity.kind != EntityKind::Person ||
        (gender != Gender::Unknown && g != Gender::Unknown && g != gender))
        return -1;
    return sp->second;
}

PronounResolver::Group PronounResolver::group_floor(int32_t position) const {
    Group group;
    const int sentence = view_.sentence_at(position);
    if (sentence < 0)
        return group;
    const auto recent = [&](int32_t at) {
        const int spoke = view_.sentence_at(at);
        return spoke >= sentence - kFloorSentences && spoke <= sentence;
    };
    int32_t entity_at = -1;
    auto sp = std::lower_bound(speakers_.begin(), speakers_.end(), std::make_pair(position, -1));
    if (sp != speakers_.begin()) {
        --sp;
        const Entity& entity = view_.doc().entities[static_cast<size_t>(sp->second)];
        if (entity.kind == EntityKind::Organization && recent(sp->first)) {
            group.entity = sp->second;
            entity_at = sp->first;
            group.position = sp->first;
        }
    }
    // Groups are noted in text order: the last one before position is the latest.
    auto g = std::lower_bound(groups_.begin(), groups_.end(), position,
                              [](const NotedGroup& n, int32_t p) { return n.position < p; });
    if (g != groups_.begin()) {
        --g;
        if (recent(g->position) && g->position > entity_at) {
            group.entity = -1;
            group.description = g->description;
            group.position = g->position;
        }
    }
    return group;
}

int32_t PronounResolver::resolve(int32_t position, Gender gender, int32_t excluded) const {
    return resolve(position, gender, kChainDepth, excluded);
}

bool PronounResolver::subject_of_quote(Span mention, int32_t before) const {
    // The next token must follow the name (only paragraphs rules read are tokenized).
    const size_t next = view_.token_from(mention.end);
    return next < view_.size() && view_.quote_of(next) >= 0 &&
           view_.token(next).span.start <= mention.end + 1 && view_.token(next).span.start < before;
}

int32_t PronounResolver::leading_pronoun(int sentence, int32_t before, Gender gender) const {
    // "Il a rencontré X. «…», a-t-il dit.": a sentence opened by a pronoun of the same
    // gender continues that pronoun's referent (after at most one linking word: "Mais il").
    const Span span = view_.doc().sentences[static_cast<size_t>(sentence)];
    size_t k = view_.token_from(span.start);
    for (int words = 0; words < 2 && k < view_.size() && view_.token(k).span.start < before; ++k) {
        const Token& t = view_.token(k);
        if (view_.quote_of(k) >= 0)
            return -1; // quoted words are not the sentence's subject
        if (!t.word)
            continue;
        const std::u16string_view w = t.folded();
        if (((w == u"il" || w == u"he") && gender != Gender::Feminine) ||
            ((w == u"elle" || w == u"she") && gender != Gender::Masculine))
            return t.span.start;
        ++words;
    }
    return -1;
}

int32_t PronounResolver::incise_pronoun(int sentence, int32_t before, Gender gender) const {
    // "À Gaspé, a-t-il dit, c'est X qui …", "In Halifax, he said, it was X who …": a person
    // named after an incise whose subject is a pronoun of the same gender is what that
    // pronoun's referent said; the pronoun keeps the turn.
    const Span span = view_.doc().sentences[static_cast<size_t>(sentence)];
    const size_t first = view_.token_from(span.start);
    for (size_t k = first;
         k < view_.size() && k < first + kMaxInciseWords && view_.token(k).span.start < before;
         ++k) {
        const Token& t = view_.token(k);
        if (!t.word || k == first || view_.quote_of(k) >= 0)
            continue;
        const std::u16string_view w = t.folded();
        const bool agrees = ((w == u"il" || w == u"he") && gender != Gender::Feminine) ||
                            ((w == u"elle" || w == u"she") && gender != Gender::Masculine);
        if (!agrees)
            continue;
        // Inverted after a hyphen ("a-t-il dit", "dit-elle"), or between commas with one
        // word after it (", he said,").
        const bool inverted = view_.token(k - 1).folded() == u"-";
        const bool between_commas = view_.token(k - 1).folded() == u"," && k + 2 < view_.size() &&
                                    view_.token(k + 1).word && view_.token(k + 2).folded() == u",";
        if (inverted || between_commas)
            return t.span.start;
    }
    return -1;
}

int32_t PronounResolver::resolve(int32_t position, Gender gender, int depth,
                                 int32_t excluded) const {
    const auto& mentions = view_.mentions();
    auto it = mentions.lower_bound(position);
    int32_t unknown = -1;
    int32_t unknown_at = -1;
    int32_t matched = -1;
    int32_t matched_at = -1;
    // The agreeing persons of the nearest sentence holding one: its subject (the first one
    // not governed by a preposition) is preferred to the latest one ("X a félicité Y. «…»,
    // a-t-il ajouté": X). Earlier resolved pronouns count, so a chain of "il" keeps its
    // referent.
    int matched_sentence = -1;
    int32_t subject = -1;
    const Span host = opening_phrase_before(position);
    for (int steps = 0; it != mentions.begin() && steps < kLookBack; ++steps) {
        --it;
        if (position - it->span.start > kMaxDistance)
            break;
        // Names inside quoted words are talked about, not talking; so is a name the quoted
        // words run on from ("Mme Roy «n'a rien dit», a-t-elle ajouté": someone else), or
        // one in the phrase opening the pronoun's clause ("Speaking to X, he said").
        if (view_.inside_quote(it->span.start) || subject_of_quote(it->span, position) ||
            host.contains(it->span.start))
            continue;
        const Entity& entity = view_.doc().entities[static_cast<size_t>(it->entity)];
        if (entity.kind != EntityKind::Person || it->entity == excluded)
            continue;
        const Gender g = linker_.gender(it->entity);
        const bool agrees = gender == Gender::Unknown || g == gender;
        if (matched >= 0) {
            if (view_.sentence_at(it->span.start) != matched_sentence)
                break;
            if (agrees && subject_position(view_, it->span))
                subject = it->entity;
            continue;
        }
        if (it->form == MentionForm::Pronoun)
            continue;
        if (agrees) {
            matched = it->entity;
            matched_at = it->span.start;
            matched_sentence = view_.sentence_at(matched_at);
            if (subject_position(view_, it->span))
                subject = it->entity;
            continue;
        }
        if (g == Gender::Unknown && unknown < 0) {
            unknown = it->entity;
            unknown_at = it->span.start;
        }
    }
    // A speaker noted after the mention found (a description resolved to a person) is closer.
    auto sp = std::lower_bound(speakers_.begin(), speakers_.end(), std::make_pair(position, -1));
    for (int steps = 0; sp != speakers_.begin() && steps < 4; ++steps) {
        --sp;
        const Gender g = linker_.gender(sp->second);
        if (sp->first > std::max(matched_at, unknown_at) && sp->second != excluded &&
            (gender == Gender::Unknown || g == gender))
            return sp->second;
    }
    // A person of unknown gender closer than the agreeing one wins when it spoke in this
    // sentence or the one before: the subject of the previous sentence is the likeliest
    // antecedent ("Son homologue, X, a jugé … Dans un entretien, elle a estimé …").
    if (unknown >= 0 && unknown_at > matched_at && spoke_recently(unknown, position))
        return unknown;
    if (matched_sentence >= 0 && depth > 0) {
        int32_t pronoun = leading_pronoun(matched_sentence, matched_at, gender);
        if (pronoun < 0)
            pronoun = incise_pronoun(matched_sentence, matched_at, gender);
        if (pronoun >= 0) {
            const int32_t referent = resolve(pronoun, gender, depth - 1, excluded);
            if (referent >= 0)
                return referent;
        }
    }
    if (subject >= 0)
        return subject;
    return matched >= 0 ? matched : unknown;
}

} // namespace whosaid::quotes
