#pragma once

#include "whosaid/document.h"

#include <string>
#include <vector>

namespace whosaid::testing {

// An entity a test puts in the document before attribution, as the recognizer would:
// every whole-word occurrence of each mention string becomes a mention.
struct EntityFixture {
    std::string name;
    EntityKind kind = EntityKind::Person;
    Gender gender = Gender::Unknown;
    std::vector<std::string> mentions; // defaults to {name}
    std::vector<std::string> roles{};  // what the recognizer learned ("maire de Kervignac")
};

// A document with paragraphs (blank-line separated), naive sentences (split after . ! ?
// before a space, even inside quotation marks, as a segmenter may) and the given entities.
Document make_document(const std::string& utf8_text, const std::string& language,
                       const std::vector<EntityFixture>& entities);

// What a quote's speaker is called: the entity name, else the description, else the
// mention text, else "".
std::string speaker_name(const Document& doc, const Quote& quote);
// Names of the quote's source entities, joined with "|".
std::string source_names(const Document& doc, const Quote& quote);
std::string text_of(const Document& doc, Span span);
// The last quotation of doc whose words are text, or nullptr.
const Quote* find_quote(const Document& doc, const std::string& text);

} // namespace whosaid::testing
