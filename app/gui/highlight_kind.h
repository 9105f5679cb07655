#pragma once

#include <array>

// The kinds of highlight the reader draws; each one can be shown or hidden. Kept free of
// core headers because moc reads the headers that include it.
// Reported is speech without quotation marks ("il a affirmé que …"), shown apart from quoted
// words so that a reader can tell, or hide, the writer's paraphrase.
enum class HighlightKind {
    Person,
    Organization,
    Place,
    Media,
    Quotation,
    Reported,
    Speaker,
    Source
};

inline constexpr std::array<HighlightKind, 8> kAllHighlightKinds = {
    HighlightKind::Person,  HighlightKind::Organization, HighlightKind::Place,
    HighlightKind::Media,   HighlightKind::Quotation,    HighlightKind::Reported,
    HighlightKind::Speaker, HighlightKind::Source};
