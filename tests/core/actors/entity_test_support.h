#pragma once

// Helpers for the entity tests: run the segmenter and the recognizer on a text and print
// entities as "kind|name|mention:form,mention:form" so that a failing row shows all it got.

#include "whosaid/document.h"
#include "whosaid/entity_recognizer.h"
#include "whosaid/segmenter.h"
#include "whosaid/unicode_text.h"

#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace whosaid::test {

// One recognizer and segmenter per language, built once for all the tests.
inline Document recognize_entities(const std::string& text, const std::string& language) {
    static const Segmenter french_segmenter("fr");
    static const Segmenter english_segmenter("en");
    static const EntityRecognizer french("fr");
    static const EntityRecognizer english("en");
    Document doc;
    doc.text = to_utf16(text);
    doc.language = language;
    const Segmentation layout =
        (language == "fr" ? french_segmenter : english_segmenter).segment(doc.text);
    doc.paragraphs = layout.paragraphs;
    doc.sentences = layout.sentences;
    doc.title = layout.title;
    if (layout.dateline)
        doc.dateline = Dateline{*layout.dateline, {}};
    (language == "fr" ? french : english).recognize(doc);
    return doc;
}

inline std::string describe(const Document& doc, const Entity& entity) {
    std::string out = std::string(to_string(entity.kind)) + "|" + to_utf8(entity.name) + "|";
    for (size_t i = 0; i < entity.mentions.size(); ++i) {
        if (i > 0)
            out += ",";
        out +=
            to_utf8(doc.slice(entity.mentions[i].span)) + ":" + to_string(entity.mentions[i].form);
    }
    return out;
}

inline std::vector<std::string> describe_all(const Document& doc) {
    std::vector<std::string> out;
    for (const Entity& entity : doc.entities)
        out.push_back(describe(doc, entity));
    return out;
}

inline const Entity* find_entity(const Document& doc, const std::string& name) {
    for (const Entity& entity : doc.entities)
        if (to_utf8(entity.name) == name)
            return &entity;
    return nullptr;
}

// A sentence in wire style and every entity expected from it, in order of first mention,
// as "kind|name|mention:form,...".
struct EntityRow {
    const char* language;
    const char* text;
    std::vector<std::string> expected;
};

// One section per row: the entities recognized in its text are the expected ones.
inline void check_rows(const std::vector<EntityRow>& rows) {
    for (const EntityRow& row : rows) {
        DYNAMIC_SECTION(row.text) {
            const Document doc = recognize_entities(row.text, row.language);
            CHECK(describe_all(doc) == row.expected);
        }
    }
}

} // namespace whosaid::test
