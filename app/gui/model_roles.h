#pragma once

#include <Qt>

// Item data roles shared by the reader's models.
namespace ModelRoles {
// int: index into Document::entities, -1 on group rows.
inline constexpr int Entity = Qt::UserRole + 1;
// int: index into Document::quotes.
inline constexpr int Quote = Qt::UserRole + 2;
// int: index into the selected entity's mentions.
inline constexpr int Mention = Qt::UserRole + 3;
// QString: rich text (HTML) to paint instead of the display text.
inline constexpr int RichText = Qt::UserRole + 4;
// double 0..1: length of the bar drawn behind a count.
inline constexpr int BarFraction = Qt::UserRole + 5;
// int: UTF-16 start offset of the row's span in the text.
inline constexpr int Position = Qt::UserRole + 6;
// QVariantList of int: every actor who speaks a quotation row (a group's in text order).
inline constexpr int Speakers = Qt::UserRole + 10;
// What a column sorts by (a number or a string), when it differs from the display text.
inline constexpr int SortKey = Qt::UserRole + 9;
} // namespace ModelRoles
