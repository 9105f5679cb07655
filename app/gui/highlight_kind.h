#pragma once

#include <array>

// The kinds of highlight the reader draws; each one can be shown or hidden. Kept free of
// core headers because moc reads the headers that include it.
enum class HighlightKind { Person, Organization, Place, Media, Quotation, Speaker, Source };

inline constexpr std::array<HighlightKind, 7> kAllHighlightKinds = {
    HighlightKind::Person, HighlightKind::Organization, HighlightKind::Place,
    HighlightKind::Media,  HighlightKind::Quotation,    HighlightKind::Speaker,
    HighlightKind::Source};
