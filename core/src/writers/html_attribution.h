#pragma once

#include "whosaid/document.h"
#include "writers/html_ids.h"
#include "writers/html_labels.h"

#include <string>

namespace whosaid::writers {

// Who said the quote, as a reader would name them: the entity's name, the description of
// an anonymous speaker followed by "(anonymous)", or "unattributed" when nobody is known.
std::u16string speaker_name(const Document& doc, const HtmlIds& ids, const Quote& quote,
                            const HtmlLabels& labels);

// The name of the medium a quotation came through (its mention's text when the entity is
// missing).
std::u16string source_name(const Document& doc, const HtmlIds& ids, const QuoteSource& source);

// The mark after a speaker a person confirmed: "✓ verified", bold without needing the
// stylesheet (a print renderer may not read it).
std::string verified_mark(const HtmlLabels& labels);

// The text of span clipped to the document (empty when nothing of it is inside).
std::u16string_view safe_slice(const Document& doc, Span span);

} // namespace whosaid::writers
