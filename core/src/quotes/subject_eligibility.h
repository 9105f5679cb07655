#pragma once

#include "quotes/document_view.h"

#include <cstddef>

namespace whosaid::quotes {

// Tests that tell a verb's subject from the other noun phrases of its clause: possessors,
// names that only modify a noun, the subject a coordinated verb or a participle shares with
// its clause, and the subject of a relative clause. Each reads a few tokens around a
// position: constant work.

// Whether the mention at span owns what follows it ("the minister's schedule", "X's
// remarks"): a possessor is never the subject.
bool is_possessor(const DocumentView& view, Span span);

// Whether the name at span only modifies the noun after it ("a former Roy campaign
// adviser", "the Acme (ACM) spokesman", "the Trump administration"): a determiner opens
// the phrase and a common noun follows the name. English only: French puts such names in a
// complement ("le chef du PS").
bool modifies_noun(const DocumentView& view, Span span);

// Whether the verb whose cue starts at token verb has no subject of its own and shares the
// subject of its clause: coordinated ("… et a ajouté", "… and said", "puis a déclaré") or a
// participle adjunct (", calling it …", ", en qualifiant …"). first is the clause start.
bool shares_clause_subject(const DocumentView& view, size_t first, size_t verb);

// Where the clause of the verb at token verb starts when a relative or complement clause
// holds it ("une barre que les gendarmes décrivent comme …", "the bar that police called …"): the
// token after "que"/"that"; first otherwise. Never crosses punctuation.
size_t embedded_clause_start(const DocumentView& view, size_t first, size_t verb);

// Whether the mention at span stands in a relative clause between commas ("X, who backs Y,
// said", "X, qui soutient Y, a déclaré"): a name there is no subject of the main verb.
bool in_relative_clause(const DocumentView& view, Span span, size_t first);

// Whether the description at mention ends with an age and no noun ("the 41-year-old",
// "la septuagénaire de 72 ans" does not): it has no gender to check.
bool bare_age(const DocumentView& view, Span mention);

// Whether the description at mention points back like a pronoun, to the person the text is
// about: a demonstrative ("ce père de famille", "cette mère de trois enfants") or an age
// ("le chauffeur de 34 ans", "the 41-year-old"). Not "ce dernier", which means the last
// person named.
bool refers_like_pronoun(const DocumentView& view, Span mention);

} // namespace whosaid::quotes
