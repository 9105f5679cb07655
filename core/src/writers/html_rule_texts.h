#pragma once

#include "whosaid/document.h"
#include "writers/html_labels.h"

#include <string>
#include <string_view>

namespace whosaid::writers {

// Why a rule gave a quotation its speaker, in words, in the language of labels (French or
// English, as the export's other labels; the reader has its own translated texts). rule is
// a bare id (see whosaid/attribution_rule.h); an id without a text gets an empty one.
std::string_view rule_text(std::string_view rule, const HtmlLabels& labels);

// The attribution of quote explained, UTF-8: the rule's text and, when the quotation has
// a speech cue, its words ("speech verb after the quotation: a déclaré"); "no speaker
// found" when the quotation has none.
std::string explain_attribution(const Document& doc, const Quote& quote, const HtmlLabels& labels);

} // namespace whosaid::writers
