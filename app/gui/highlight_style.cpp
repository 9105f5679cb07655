#include "highlight_style.h"

#include "whosaid/highlight_palette.h"

#include <QFont>

using whosaid::EntityKind;

QString HighlightStyle::name(HighlightKind kind) {
    switch (kind) {
    case HighlightKind::Person:
        return tr("People");
    case HighlightKind::Organization:
        return tr("Organizations");
    case HighlightKind::Place:
        return tr("Places");
    case HighlightKind::Media:
        return tr("Media");
    case HighlightKind::Quotation:
        return tr("Quotations");
    case HighlightKind::Reported:
        return tr("Reported speech");
    case HighlightKind::Speaker:
        return tr("Speakers");
    case HighlightKind::Source:
        return tr("Sources");
    }
    return {};
}

QString HighlightStyle::entityKindName(EntityKind kind) {
    switch (kind) {
    case EntityKind::Person:
        return tr("person");
    case EntityKind::Organization:
        return tr("organization");
    case EntityKind::Place:
        return tr("place");
    case EntityKind::Media:
        return tr("media");
    }
    return {};
}

QString HighlightStyle::entityKindTitle(EntityKind kind) {
    QString title = entityKindName(kind);
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

QString HighlightStyle::cue(HighlightKind kind) {
    switch (kind) {
    case HighlightKind::Person:
        return tr("solid underline, semi-bold");
    case HighlightKind::Organization:
        return tr("dashed underline");
    case HighlightKind::Place:
        return tr("dotted underline");
    case HighlightKind::Media:
        return tr("wavy underline");
    case HighlightKind::Quotation:
        return tr("tinted background");
    case HighlightKind::Reported:
        return tr("pale tinted background");
    case HighlightKind::Speaker:
        return tr("bold with a line above");
    case HighlightKind::Source:
        return tr("italic with a line above");
    }
    return {};
}

QString HighlightStyle::key(HighlightKind kind) {
    switch (kind) {
    case HighlightKind::Person:
        return QStringLiteral("person");
    case HighlightKind::Organization:
        return QStringLiteral("organization");
    case HighlightKind::Place:
        return QStringLiteral("place");
    case HighlightKind::Media:
        return QStringLiteral("media");
    case HighlightKind::Quotation:
        return QStringLiteral("quotation");
    case HighlightKind::Reported:
        return QStringLiteral("reported");
    case HighlightKind::Speaker:
        return QStringLiteral("speaker");
    case HighlightKind::Source:
        return QStringLiteral("source");
    }
    return {};
}

namespace {

const whosaid::PaletteEntry& entry(HighlightKind kind) {
    static_assert(static_cast<int>(kAllHighlightKinds.size()) == whosaid::kPaletteKindCount);
    return whosaid::palette_entry(static_cast<whosaid::PaletteKind>(kind));
}

QTextCharFormat::UnderlineStyle underline(whosaid::LineStyle style) {
    switch (style) {
    case whosaid::LineStyle::Solid:
        return QTextCharFormat::SingleUnderline;
    case whosaid::LineStyle::Dashed:
        return QTextCharFormat::DashUnderline;
    case whosaid::LineStyle::Dotted:
        return QTextCharFormat::DotLine;
    case whosaid::LineStyle::Wavy:
        return QTextCharFormat::WaveUnderline;
    case whosaid::LineStyle::None:
        break;
    }
    return QTextCharFormat::NoUnderline;
}

} // namespace

QColor HighlightStyle::color(HighlightKind kind, bool dark) {
    // One palette with the HTML export (whosaid/highlight_palette.h).
    return QColor::fromRgb(dark ? entry(kind).dark : entry(kind).light);
}

QTextCharFormat HighlightStyle::format(HighlightKind kind, bool dark) {
    const whosaid::PaletteEntry& style = entry(kind);
    const QColor hue = color(kind, dark);
    QTextCharFormat format;
    if (style.tint) {
        format.setBackground(hue);
        return format;
    }
    if (style.underline != whosaid::LineStyle::None) {
        format.setForeground(hue);
        format.setUnderlineStyle(underline(style.underline));
        format.setUnderlineColor(hue);
    }
    if (style.weight != 400)
        format.setFontWeight(style.weight);
    // Only what the kind sets: formats are merged, and a name inside a source keeps its
    // italics.
    if (style.italic)
        format.setFontItalic(true);
    if (style.overline)
        format.setFontOverline(true);
    return format;
}

HighlightKind HighlightStyle::forEntity(EntityKind kind) {
    switch (kind) {
    case EntityKind::Person:
        return HighlightKind::Person;
    case EntityKind::Organization:
        return HighlightKind::Organization;
    case EntityKind::Place:
        return HighlightKind::Place;
    case EntityKind::Media:
        return HighlightKind::Media;
    }
    return HighlightKind::Person;
}

std::optional<HighlightKind> HighlightStyle::forSpan(const whosaid::Document& doc,
                                                     const whosaid::IndexedSpan& span) {
    using whosaid::SpanRole;
    switch (span.role) {
    case SpanRole::Mention:
        if (span.owner < 0 || static_cast<size_t>(span.owner) >= doc.entities.size())
            return std::nullopt;
        return forEntity(doc.entities[static_cast<size_t>(span.owner)].kind);
    case SpanRole::Quote:
        if (span.owner >= 0 && static_cast<size_t>(span.owner) < doc.quotes.size() &&
            doc.quotes[static_cast<size_t>(span.owner)].kind == whosaid::QuoteKind::Indirect)
            return HighlightKind::Reported;
        return HighlightKind::Quotation;
    case SpanRole::SpeakerMention:
        return HighlightKind::Speaker;
    case SpanRole::SourceMention:
        return HighlightKind::Source;
    case SpanRole::Cue:
        return std::nullopt;
    }
    return std::nullopt;
}
