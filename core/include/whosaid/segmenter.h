#pragma once

#include "whosaid/span.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace whosaid {

// The layout of an article: paragraphs, sentences, title and wire dateline.
struct Segmentation {
    std::vector<Span> paragraphs;
    std::vector<Span> sentences; // each inside one paragraph, trimmed of surrounding spaces
    std::optional<Span> title;
    std::optional<Span> dateline;        // "MOSCOU, 26 nov 2014 (AFP) -", "(ats/Newsnet)"
    std::optional<Span> dateline_agency; // "AFP" inside the dateline
};

// Splits text into paragraphs and sentences with ICU plus news abbreviations.
// Thread-compatible: use one Segmenter per thread.
class Segmenter {
public:
    // language: "fr" or "en" (anything else is treated as "en").
    explicit Segmenter(std::string_view language);
    ~Segmenter();
    Segmenter(Segmenter&&) noexcept;
    Segmenter& operator=(Segmenter&&) noexcept;

    Segmentation segment(std::u16string_view text) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// "fr" or "en", from function words; "en" when undecidable.
std::string detect_language(std::u16string_view text);

} // namespace whosaid
