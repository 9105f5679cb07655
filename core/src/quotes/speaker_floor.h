#pragma once

#include "quotes/document_view.h"

#include <optional>
#include <vector>

namespace whosaid::quotes {

// The speakers of the article in text order, as the sieve settles them, so that a pronoun
// may continue a speaker who is not a named person: "«…», a indiqué la préfecture. «…»,
// a-t-elle ajouté", "«…», a confié une voisine. «…», reconnaît-elle", "«…», the agency
// said. «…», it added". Persons are noted too: they end the turn of whoever spoke before.
class SpeakerFloor {
public:
    struct Turn {
        int32_t position = 0;            // where the speaker phrase starts
        int32_t entity = -1;             // the entity that spoke, -1 for a description
        std::optional<Span> description; // the description as written, when no entity
        Gender gender = Gender::Unknown;
        bool person = false;      // a named person, or a description of one person
        bool institution = false; // an organization, a medium, a place, or a description of one
        bool anonymous = false;   // one unnamed person: "l'informateur", "une voisine"
        bool indefinite = false;  // "une voisine", "a neighbor": nobody named can be meant
        bool narrator = false;    // the writer ("I"): "he" or "she" never continues it
        bool plural = false;      // a description of several ("ses avocats"): no "il" continues it
    };

    // Notes a turn. Turns come in text order (the first pass); one out of order is dropped,
    // so the turns stay sorted without moving any.
    void note(const Turn& turn) {
        if (turns_.empty() || turns_.back().position < turn.position)
            turns_.push_back(turn);
    }
    // The turn a pronoun at position continues: the last turn before it, when it was taken in
    // position's sentence or the one before, is no named person, and agrees with the pronoun
    // ("it" wants an institution; il/elle/he/she a gender that does not clash and a turn of
    // one speaker). nullptr when none.
    const Turn* continued(const DocumentView& view, int32_t position, Gender gender, bool neuter,
                          bool plural) const;
    // The last turn before position, when it was taken in position's paragraph, in its
    // sentence or the two before: who a reply answers ("«…?», demande X. «…», répond-il").
    // nullptr when none.
    const Turn* last(const DocumentView& view, int32_t position) const;

private:
    // The last turn before position, taken in its sentence or the two before; nullptr when none.
    const Turn* recent(const DocumentView& view, int32_t position) const;
    std::vector<Turn> turns_;
};

} // namespace whosaid::quotes
