#pragma once

#include <cstdint>
#include <string_view>

namespace whosaid {

// What the reader and the HTML export mark in an article, in the reader's legend order.
enum class PaletteKind { Person, Organization, Place, Media, Quotation, Reported, Speaker, Source };

inline constexpr int kPaletteKindCount = 8;

enum class LineStyle { None, Solid, Dashed, Dotted, Wavy };

// How one kind is drawn, the same in the reader's window and in the HTML export: a colour
// from the Okabe–Ito colour-blind-safe palette (darkened on light paper to keep text
// contrast above 4.5:1, lightened on dark paper) and cues that survive grey printing.
struct PaletteEntry {
    std::string_view key; // "person", "quotation": CSS classes and settings keys
    uint32_t light = 0;   // 0xRRGGBB on a light background
    uint32_t dark = 0;    // on a dark background
    LineStyle underline = LineStyle::None;
    bool overline = false; // a line above the words
    int weight = 400;      // CSS font weight: 400 regular, 600 semi-bold, 700 bold
    bool italic = false;
    bool tint = false; // the colour tints the background; otherwise it draws text and lines
};

// The entry of kind.
const PaletteEntry& palette_entry(PaletteKind kind);

} // namespace whosaid
