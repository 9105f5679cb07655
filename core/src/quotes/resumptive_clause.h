#pragma once

#include "quotes/document_view.h"

#include <cstddef>

namespace whosaid::quotes {

// "«…» : c'est ainsi que X a résumé", "«…», voilà ce qu'a dit X", "“…”: that is how X put
// it": after the quotation, a phrase that points back to the words makes them the object of
// the reporting clause that follows it.

// Where the reporting clause starts when such a phrase opens at token k (after a colon or
// the comma already passed): the token after "que"/"qu'" (French) or "how"/"what" (English);
// k when none opens there. Reads only the few words of the phrase.
size_t resumptive_clause_start(const DocumentView& view, size_t k, size_t limit);

} // namespace whosaid::quotes
