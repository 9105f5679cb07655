#pragma once

#include "whosaid/document.h"

#include <string>

namespace whosaid::test {

// The first inconsistency of doc, or an empty string: every span must lie inside the text
// and inside one paragraph, ids must be unique, references must resolve, mentions sorted.
std::string document_problem(const Document& doc);

// Catch2 check of document_problem(doc).empty(), with the problem as the message.
void check_document(const Document& doc);

} // namespace whosaid::test
