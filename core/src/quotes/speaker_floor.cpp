#include "quotes/speaker_floor.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

// Sentences back a turn may have been taken: a quotation holding "?" or "!" counts several.
constexpr int kTurnSentences = 2;

} // namespace

const SpeakerFloor::Turn* SpeakerFloor::recent(const DocumentView& view, int32_t position) const {
    auto turn = std::lower_bound(turns_.begin(), turns_.end(), position,
                                 [](const Turn& t, int32_t p) { return t.position < p; });
    if (turn == turns_.begin())
        return nullptr;
    --turn;
    const int sentence = view.sentence_at(position);
    const int spoke = view.sentence_at(turn->position);
    const bool recent = sentence >= 0 && spoke >= sentence - kTurnSentences && spoke <= sentence;
    return recent ? &*turn : nullptr;
}

const SpeakerFloor::Turn* SpeakerFloor::last(const DocumentView& view, int32_t position) const {
    const Turn* turn = recent(view, position);
    return turn && view.doc().paragraph_at(turn->position) == view.doc().paragraph_at(position)
               ? turn
               : nullptr;
}

const SpeakerFloor::Turn* SpeakerFloor::continued(const DocumentView& view, int32_t position,
                                                  Gender gender, bool neuter) const {
    const Turn* turn = recent(view, position);
    if (!turn || turn->narrator)
        return nullptr;
    // A named person keeps the floor for the pronoun resolver to find.
    if (turn->entity >= 0 && turn->person)
        return nullptr;
    if (neuter)
        return turn->institution ? turn : nullptr;
    if (gender != Gender::Unknown && turn->gender != Gender::Unknown && turn->gender != gender)
        return nullptr;
    // "he"/"she" stand for people: an English institution is "it".
    return turn->person || view.doc().language != "en" ? turn : nullptr;
}

} // namespace whosaid::quotes
