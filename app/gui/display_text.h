#pragma once

#include <QString>

// The article's text as the reading view lays it out: the same characters, except that in a
// paragraph longer than kLongParagraph a whitespace character is turned into a line break
// every kLongParagraph characters or so, after a sentence end where there is one. Qt lays a
// block out whole and its cost grows faster than its length: a megabyte without a line break
// froze the window for seconds (4 MB: 25 s). The length is unchanged, so positions stay the
// core's offsets; text without any whitespace is left as it is.
namespace DisplayText {

// Paragraphs up to this length (UTF-16 units) are shown exactly as they are.
inline constexpr qsizetype kLongParagraph = 5000;

QString of(const QString& text);

} // namespace DisplayText
