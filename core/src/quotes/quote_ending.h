#pragma once

#include "quotes/document_view.h"
#include "quotes/quote_finder.h"
#include "quotes/word_tokenizer.h"

#include <string_view>

namespace whosaid::quotes {

// How a quotation's own words end decides whether the words after its closing mark may
// report it: "«Nous partons.» Le maire …" opens a new sentence; "le «courage» des
// manifestants" runs on with the writer's sentence.

// The quotation's inner text without trailing spaces and the closing marks of a quotation
// nested at its end ("…saying, ‘We won,’” he said" ends with the comma).
std::u16string_view quote_ending(const DocumentView& view, const QuoteCandidate& quote);

// Whether the quotation's words end a sentence (. ! ? …).
bool quote_ends_sentence(const DocumentView& view, const QuoteCandidate& quote);

// Whether the quotation's words end with punctuation that closes a clause (. ! ? … , ; :).
bool quote_ends_clause(const DocumentView& view, const QuoteCandidate& quote);

// Whether token t is punctuation that ends a sentence or a clause as strong (. ! ? ;).
bool is_sentence_end(const Token& t);

} // namespace whosaid::quotes
