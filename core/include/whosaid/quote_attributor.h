#pragma once

#include "whosaid/document.h"

#include <memory>
#include <string_view>

namespace whosaid {

// Finds quotations and ties each one to its speaker, speech cue and sources.
// Thread-compatible: use one attributor per thread.
class QuoteAttributor {
public:
    // language: "fr" or "en". Builds its lexicons once; reuse the attributor.
    explicit QuoteAttributor(std::string_view language);
    ~QuoteAttributor();
    QuoteAttributor(QuoteAttributor&&) noexcept;
    QuoteAttributor& operator=(QuoteAttributor&&) noexcept;

    // Precondition: doc.text, paragraphs, sentences and entities are set.
    // Fills doc.quotes (ids q1.. in text order); may add pronoun or description mentions
    // to doc.entities, and new entities for speakers or sources that were missed.
    void attribute(Document& doc) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace whosaid
