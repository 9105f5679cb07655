#pragma once

#include "quotes/compound_role_noun.h"
#include "quotes/description_referent.h"
#include "quotes/document_view.h"
#include "quotes/speaker_linker.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace whosaid::quotes {

// Tells which named person a definite description ("le juge", "the coach") stands for: one
// who holds its head noun as a role, learned by the recognizer or written next to the name
// ("le juge Paul Martin", "Anne Roy, la ministre"); for a nationality ("le Portugais"), the
// latest person of its gender; else the person a reader would know it for
// (DescriptionReferent: a role of the same family, the defendant of a trial story). Never a
// person by gender alone. Work is bounded by a window of text before the description.
class RoleMatcher {
public:
    RoleMatcher(const DocumentView& view, SpeakerLinker& linker, const SpeechCueLexicon& lexicon)
        : view_(view), linker_(linker), referent_(view, linker, lexicon), compound_(view, lexicon) {
    }

    // The person entity the description at mention (head token, its gender) refers back
    // to, or -1.
    int32_t refer_back(Span mention, size_t head, Gender gender, bool demonym) const;

    // The organization a business noun held by no actor stands for ("the airline"), or -1.
    int32_t organization_for(Span mention, size_t head) const {
        return referent_.organization_for(mention, view_.token(head).folded());
    }

private:
    // The tokens that may hold the title of a name: from before up to the name's first token,
    // and from its last up to after; a sentence end or another phrase cuts them. words has
    // the bit word_bit of each of their words, so that most names are ruled out at once.
    struct TitleReach {
        uint32_t before = 0;
        uint32_t after = 0;
        uint64_t words = 0;
    };

    // Whether noun (whose word_bit is noun_bit) stands next to the name at mention, as its
    // title or apposition.
    bool named_with(Span mention, std::u16string_view noun, uint64_t noun_bit) const;
    // The title reach of the name at mention, read once per name: each description asks
    // about every person named in the window before it, and the windows of nearby
    // descriptions overlap.
    const TitleReach& title_reach(Span mention) const;

    const DocumentView& view_;
    SpeakerLinker& linker_;
    DescriptionReferent referent_;
    CompoundRoleNoun compound_;
    // A title reach remembered under its name's start << 32 | end.
    struct RememberedReach {
        uint64_t key = UINT64_MAX;
        TitleReach reach;
    };
    // title_reach's memory, one slot per key hash (a newer name takes an older one's slot):
    // a few thousand names at a time, as the windows asked about move along the text, so the
    // memory stays the same for a 50 MB article. Empty until a description is read.
    mutable std::vector<RememberedReach> reaches_;
};

} // namespace whosaid::quotes
