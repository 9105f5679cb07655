#include "whosaid/highlight_palette.h"

#include <array>

namespace whosaid {
namespace {

constexpr std::array<PaletteEntry, kPaletteKindCount> kPalette = {{
    {"person", 0x0072B2, 0x56B4E9, LineStyle::Solid, false, 600, false, false},
    {"organization", 0xB34700, 0xE69F00, LineStyle::Dashed, false, 400, false, false},
    {"place", 0x007A5A, 0x3CC9A0, LineStyle::Dotted, false, 400, false, false},
    {"media", 0x9E4F7E, 0xE3A3C8, LineStyle::Wavy, false, 400, false, false},
    {"quotation", 0xFBF3C2, 0x4A4420, LineStyle::None, false, 400, false, true},
    // The quotation tint, paler: the words are the writer's.
    {"reported", 0xFCF7D8, 0x38341D, LineStyle::None, false, 400, false, true},
    {"speaker", 0x6B5F00, 0xF0E442, LineStyle::None, true, 700, false, false},
    {"source", 0xA33A00, 0xFF8C5A, LineStyle::None, true, 400, true, false},
}};

} // namespace

const PaletteEntry& palette_entry(PaletteKind kind) {
    return kPalette[static_cast<size_t>(kind)];
}

} // namespace whosaid
