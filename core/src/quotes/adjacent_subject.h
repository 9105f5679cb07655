#pragma once

#include "quotes/document_view.h"
#include "quotes/name_phrase_reader.h"

#include <optional>

namespace whosaid::quotes {

class SpeakerPhraseFinder;

// The description that opens a clause right before its verb ("After X left the stage, the
// students chanted", "X said as the heckler yelled:", "…, his wife whispered"): the
// verb's subject, even when a person is named earlier in the sentence, since that person
// belongs to the clause before or is an object. The description starts with a determiner
// after a comma, a conjunction or the clause start, and only a verb group's words stand
// between it and the verb at token verb. It starts after the name at named, and is no
// apposition to that name opening the clause ("Ray Lunt, the former mayor said"). nullopt
// otherwise. A description no role links to a person stays anonymous as written: it is
// someone other than the person just named.
std::optional<SpeakerPhrase> adjacent_subject(const SpeakerPhraseFinder& phrases,
                                              const DocumentView& view, size_t clause_start,
                                              size_t verb, Span named);

} // namespace whosaid::quotes
