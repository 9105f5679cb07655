#pragma once

#include "whosaid/corrections.h"
#include "whosaid/document.h"

#include <string>
#include <string_view>

namespace whosaid::test {

// The wire story every corrections test works on: a dateline agency, a minister quoted
// twice (once through an agency), an unattributed quotation, a second "Lavrov" actor the
// analysis failed to merge, and a reply nobody extracted.
std::u16string corrections_story();

// The story as an analysis could have left it, built by hand over `text`, which must hold
// corrections_story() (possibly with text around it: the spans are found by searching).
Document story_document(const std::u16string& text);

// A correction of this action with every other field at its default.
inline Correction correction(CorrectionAction action) {
    Correction c;
    c.action = action;
    return c;
}

// The span of the n-th (0-based) occurrence of needle in text; fails the test if absent.
Span find_span(std::u16string_view text, std::u16string_view needle, int occurrence = 0);

// Every reference valid, ids renumbered in order, mentions sorted, spans inside the text.
void check_consistent(const Document& doc);

// The entity named name, or nullptr.
const Entity* entity_named(const Document& doc, std::u16string_view name);
// The quote whose words are text, or nullptr.
const Quote* quote_with(const Document& doc, std::u16string_view text);

// The anchor of the n-th (0-based) occurrence of text in the document's text.
TextAnchor anchor(const Document& doc, std::u16string_view text, int occurrence = 0);
// The reference of the actor named name; fails the test if there is none.
ActorRef actor(const Document& doc, std::u16string_view name);
// A reference by name only, as to an actor the article may no longer name.
ActorRef actor_by_name(std::u16string name);
// The choice of an actor as a quotation's speaker.
SpeakerChoice speaker_actor(ActorRef ref);

} // namespace whosaid::test
