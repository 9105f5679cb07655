#pragma once

#include "quotes/document_view.h"

namespace whosaid::quotes {

// Whether the name at span is only the tail of a longer name that a capitalized function
// word joins to the words before ("Trains Not Planes", "Women Against Cuts", "Médecins Sans
// Frontières"): a brand or an organization, never a person who speaks.
bool ends_longer_name(const DocumentView& view, Span span);

} // namespace whosaid::quotes
