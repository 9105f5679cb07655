#pragma once

#include "whosaid/document.h"

#include <memory>
#include <string_view>

namespace whosaid {

// Finds the people, organizations, places and media of a segmented document and merges
// their mentions into one entity per actor (names, surnames, titles, acronyms, roles).
// Thread-compatible: use one recognizer per thread.
class EntityRecognizer {
public:
    // language: "fr" or "en". Builds its lexicons once; reuse the recognizer.
    explicit EntityRecognizer(std::string_view language);
    ~EntityRecognizer();
    EntityRecognizer(EntityRecognizer&&) noexcept;
    EntityRecognizer& operator=(EntityRecognizer&&) noexcept;

    // Precondition: doc.text, paragraphs, sentences (and dateline) are set.
    // Fills doc.entities (ids e1.. in order of first mention, mentions sorted) and
    // doc.dateline->agency when the dateline names a medium.
    void recognize(Document& doc) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace whosaid
