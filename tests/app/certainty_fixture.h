#pragma once

#include "whosaid/document.h"

// The fixture article (article_fixture.h) with four quotations of every certainty, in text
// order: q0 "relancent le dialogue" unattributed; q1 Jean Dupont's, sure (0.9); q2 "a salué
// l'accord", Acme's, likely (0.6); q3 "doit revenir à Paris en avril", Jean Dupont's,
// unsure (0.3).
namespace fixture {

whosaid::Document articleWithCertainties();

} // namespace fixture
