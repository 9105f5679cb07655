#include "quotes/speaker_floor.h"

#include "quotes/quote_ending.h"

#include <algorithm>

namespace whosaid::quotes {

namespace {

// Sentences back a turn may have been taken: a quotation holding "?" or "!" counts several.
constexpr int kTurnSentences = 2;

constexpr size_t kMaxClauseBack = 8; // tokens from a reporting clause back to its quotation

// The sentence the turn is measured from: the one where the quotation right before position
// opens, in position's reporting clause ("«… . … . …», dit-elle": the sentences inside are the
// speaker's words, no turn of the text), else position's own.
int reference_sentence(const DocumentView& view, int32_t position) {
    size_t k = view.token_from(position);
    if (k >= view.size() || view.quote_of(k) >= 0)
        return view.sentence_at(position);
    for (size_t steps = 0; k > 0 && steps < kMaxClauseBack; ++steps) {
        --k;
        const int32_t quote = view.quote_of(k);
        if (quote < 0 && is_sentence_end(view.token(k)))
            break; // "…», a-t-elle dit. Elle …": the pronoun opens a sentence of its own
        if (quote >= 0)
            return view.sentence_at(view.quote_opening(quote));
    }
    return view.sentence_at(position);
}

} // namespace

const SpeakerFloor::Turn* SpeakerFloor::recent(const DocumentView& view, int32_t position) const {
    auto turn = std::lower_bound(turns_.begin(), turns_.end(), position,
                                 [](const Turn& t, int32_t p) { return t.position < p; });
    if (turn == turns_.begin())
        return nullptr;
    --turn;
    const int sentence = view.sentence_at(position);
    const int from = std::min(sentence, reference_sentence(view, position));
    const int spoke = view.sentence_at(turn->position);
    const bool recent = sentence >= 0 && spoke >= from - kTurnSentences && spoke <= sentence;
    return recent ? &*turn : nullptr;
}

const SpeakerFloor::Turn* SpeakerFloor::last(const DocumentView& view, int32_t position) const {
    const Turn* turn = recent(view, position);
    return turn && view.doc().paragraph_at(turn->position) == view.doc().paragraph_at(position)
               ? turn
               : nullptr;
}

const SpeakerFloor::Turn* SpeakerFloor::continued(const DocumentView& view, int32_t position,
                                                  Gender gender, bool neuter, bool plural) const {
    const Turn* turn = recent(view, position);
    if (!turn || turn->narrator || (turn->plural && !plural))
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
