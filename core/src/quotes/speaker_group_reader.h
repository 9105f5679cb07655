#pragma once

#include "quotes/cue_finder.h"
#include "quotes/document_view.h"

#include <optional>
#include <vector>

namespace whosaid::quotes {

// Actors named together as one subject: "Paul Roy et Anne Morel", "Roy, Morel et Dubois",
// "Paul Roy and Anne Morel". Members are all persons or all organizations, side by side with
// nothing but "," and "et"/"and" between them.
struct SpeakerGroup {
    std::vector<int32_t> entities; // entity indexes, in text order
    std::vector<Span> mentions;    // where each is named, same order
    Span span;                     // the whole coordination
};

// Finds the groups that speak together: a named speaker coordinated with others, and the
// coordination that a plural pronoun or "les deux"/"the two" points back to.
class SpeakerGroupReader {
public:
    explicit SpeakerGroupReader(const DocumentView& view) : view_(view) {}

    // The group the mention at span belongs to, span's actor included; nullopt when it stands
    // alone.
    std::optional<SpeakerGroup> around(Span mention) const;
    // The last coordination of persons named in narrative before position, in its sentence
    // or the sentence before ("Paul Roy et Anne Morel dirigent le refuge. «…», disent-ils").
    std::optional<SpeakerGroup> latest_before(int32_t position) const;
    // Whether the cue's verb is plural ("ont déclaré", "disent", "affirmaient"): in French a
    // singular verb after "A et B" means B alone speaks ("A et B : B a dit"). English
    // verbs do not tell, so the answer is true there.
    bool plural_cue(const CueMatch& cue) const;
    // Whether the phrase opening at token i points back to a pair or a group: "les deux",
    // "tous deux", "the two", "both"; returns the token after those words, or i.
    size_t numbered_reference(size_t i, size_t limit) const;

private:
    // The member mention ending right before token k (k excluded), or nullptr.
    const IndexedMention* member_ending_before(size_t k) const;
    bool same_kind(int32_t a, int32_t b) const;

    const DocumentView& view_;
};

} // namespace whosaid::quotes
