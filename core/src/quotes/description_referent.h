#pragma once

#include "quotes/document_view.h"
#include "quotes/speaker_linker.h"
#include "quotes/speech_cue_lexicon.h"

#include <string_view>

namespace whosaid::quotes {

// Tells which named person a definite description stands for when nobody holds its noun as
// a role, from what a reader of the article knows: the one person whose known role is of
// the same family ("l'élu" for the person introduced as mayor, "the lawmaker" for the
// senator), the most mentioned of them when one stands far above the others; and for a
// defendant ("le prévenu", "the defendant") the person the article is about; for an office
// nobody holds ("le Premier ministre", "the senator") the one person just named, when the
// article gave that person no role. Gender must agree; a court role (judge, prosecutor,
// lawyer) never goes to anyone this way. A business noun ("the airline") stands for the
// organization the article is about.
class DescriptionReferent {
public:
    DescriptionReferent(const DocumentView& view, SpeakerLinker& linker,
                        const SpeechCueLexicon& lexicon);

    // The person entity the description at mention (its folded head noun, its gender)
    // stands for, or -1.
    int32_t person_for(Span mention, std::u16string_view noun, Gender gender) const;
    // The organization a description of a business noun held by no actor ("the airline",
    // "le groupe") stands for: the article's main organization, named before it, or -1.
    int32_t organization_for(Span mention, std::u16string_view noun) const;

private:
    // Whether one of the entity's known roles has a word of the family.
    bool holds_family(const Entity& entity, RoleFamily family) const;
    bool agrees(int32_t entity, Gender gender) const;
    // The one person named (outside quotations) in the nearest sentence naming anyone, among
    // mention's own (before it) and the two before, if the article gave that person no
    // role; else -1.
    int32_t just_named(Span mention, Gender gender) const;

    const DocumentView& view_;
    SpeakerLinker& linker_;
    const SpeechCueLexicon& lexicon_;
    int32_t protagonist_ = -1;  // the person the article is about, or -1
    int32_t organization_ = -1; // the organization the article is about, or -1
};

} // namespace whosaid::quotes
