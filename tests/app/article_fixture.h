#pragma once

#include "whosaid/document.h"

#include <QString>

// A short wire-style article built by hand, with the actors and the quotation a complete
// pipeline would find, so the GUI is tested independently of the recognizers:
//   e1 Jean Dupont (person, 3 mentions, speaker of q1), e2 Reuters (media, source of q1),
//   e3 Acme (organization), e4 Paris (place, 2 mentions).
namespace fixture {

whosaid::Document article();
// The UTF-16 start of the nth (0-based) occurrence of needle in the fixture text.
int positionOf(const QString& needle, int nth = 0);

} // namespace fixture
