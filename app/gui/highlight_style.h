#pragma once

#include "highlight_kind.h"
#include "whosaid/document.h"
#include "whosaid/span_index.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <QTextCharFormat>
#include <optional>

// Colours and non-colour cues of every kind. The colours come from the Okabe–Ito
// colour-blind-safe palette, with a lighter variant for dark backgrounds; every kind also
// differs by underline style, weight, overline or background so it still reads in grey.
class HighlightStyle {
    Q_DECLARE_TR_FUNCTIONS(HighlightStyle)
public:
    // The translated plural name shown in the legend and the View menu ("People").
    static QString name(HighlightKind kind);
    // The translated singular name of an entity kind ("person").
    static QString entityKindName(whosaid::EntityKind kind);
    // The same with a capital, for menus and choosers ("Person").
    static QString entityKindTitle(whosaid::EntityKind kind);
    // One line telling how the kind is drawn, for tooltips and the help page.
    static QString cue(HighlightKind kind);
    // A stable key for settings ("person", "quotation").
    static QString key(HighlightKind kind);
    // The kind's colour on a light (dark == false) or dark background.
    static QColor color(HighlightKind kind, bool dark);
    // The character format merged over the text of a span of this kind.
    static QTextCharFormat format(HighlightKind kind, bool dark);
    // The highlight kind of an entity kind.
    static HighlightKind forEntity(whosaid::EntityKind kind);
    // The highlight kind of an indexed span; nullopt for spans the reader does not draw
    // (speech cues, spans whose owner is unknown).
    static std::optional<HighlightKind> forSpan(const whosaid::Document& doc,
                                                const whosaid::IndexedSpan& span);
};
