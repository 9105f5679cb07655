#include "quotes/pronoun_resolver.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

constexpr int kLookBack = 60;          // mentions examined before a pronoun
constexpr int32_t kMaxDistance = 6000; // UTF-16 units: about two screens of text

} // namespace

void PronounResolver::note_speaker(int32_t entity, int32_t position) {
    speakers_.emplace_back(position, entity);
}

bool PronounResolver::spoke_recently(int32_t entity, int32_t position) const {
    const int sentence = view_.sentence_at(position);
    if (sentence < 0)
        return false;
    auto sp = std::lower_bound(speakers_.begin(), speakers_.end(), std::make_pair(position, -1));
    for (int steps = 0; sp != speakers_.begin() && steps < 4; ++steps) {
        --sp;
        const int at = view_.sentence_at(sp->first);
        if (at < sentence - 1)
            break;
        if (sp->second == entity)
            return true;
    }
    return false;
}

int32_t PronounResolver::resolve(int32_t position, Gender gender) const {
    const auto& mentions = view_.mentions();
    auto it = mentions.lower_bound(position);
    int32_t unknown = -1;
    int32_t unknown_at = -1;
    int32_t matched = -1;
    int32_t matched_at = -1;
    for (int steps = 0; it != mentions.begin() && steps < kLookBack; ++steps) {
        --it;
        if (position - it->span.start > kMaxDistance)
            break;
        // Names inside quoted words are talked about, not talking.
        if (it->form == MentionForm::Pronoun || view_.inside_quote(it->span.start))
            continue;
        const Entity& entity = view_.doc().entities[static_cast<size_t>(it->entity)];
        if (entity.kind != EntityKind::Person)
            continue;
        const Gender g = linker_.gender(it->entity);
        if (gender == Gender::Unknown || g == gender) {
            matched = it->entity;
            matched_at = it->span.start;
            break;
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
        if (sp->first > std::max(matched_at, unknown_at) &&
            (gender == Gender::Unknown || g == gender))
            return sp->second;
    }
    // A person of unknown gender closer than the agreeing one wins when it spoke in this
    // sentence or the one before: the subject of the previous sentence is the likeliest
    // antecedent ("Son homologue, X, a jugé … Dans un entretien, elle a estimé …").
    if (unknown >= 0 && unknown_at > matched_at && spoke_recently(unknown, position))
        return unknown;
    return matched >= 0 ? matched : unknown;
}

} // namespace whosaid::quotes
