#pragma once

#include "quotes/compound_role_noun.h"
#include "quotes/description_referent.h"
#include "quotes/document_view.h"
#include "quotes/speaker_linker.h"

#include <string_view>

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
    // Whether noun stands next to the name at mention, as its title or apposition.
    bool named_with(Span mention, std::u16string_view noun) const;

    const DocumentView& view_;
    SpeakerLinker& linker_;
    DescriptionReferent referent_;
    CompoundRoleNoun compound_;
};

} // namespace whosaid::quotes
