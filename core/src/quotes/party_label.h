#pragma once

#include "quotes/document_view.h"

#include <cstddef>

namespace whosaid::quotes {

// The party-and-state label that US copy writes after a lawmaker's name: "(D-Ohio)",
// "(R)", "(I-Vt.)" or ", R-Ky.," (this one only with a state). Returns the token after the
// closing parenthesis, or the closing comma's own token (the comma still closes the
// phrase), when such a label starts at token i before limit; i otherwise. Reads a few
// tokens only.
size_t party_label_end(const DocumentView& view, size_t i, size_t limit);

} // namespace whosaid::quotes
