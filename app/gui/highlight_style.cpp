#include "highlight_style.h"

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

QColor HighlightStyle::color(HighlightKind kind, bool dark) {
    // Okabe–Ito hues; on light paper the light hues are darkened to keep text contrast
    // above 4.5:1, on dark paper the dark hues are lightened.
    switch (kind) {
    case HighlightKind::Person:
        return dark ? QColor(0x56B4E9) : QColor(0x0072B2);
    case HighlightKind::Organization:
        return dark ? QColor(0xE69F00) : QColor(0xB34700);
    case HighlightKind::Place:
        return dark ? QColor(0x3CC9A0) : QColor(0x007A5A);
    case HighlightKind::Media:
        return dark ? QColor(0xE3A3C8) : QColor(0x9E4F7E);
    case HighlightKind::Quotation:
        return dark ? QColor(0x4A4420) : QColor(0xFBF3C2);
    case HighlightKind::Reported: // the quotation tint, paler: the words are the writer's
        return dark ? QColor(0x38341D) : QColor(0xFCF7D8);
    case HighlightKind::Speaker:
        return dark ? QColor(0xF0E442) : QColor(0x6B5F00);
    case HighlightKind::Source:
        return dark ? QColor(0xFF8C5A) : QColor(0xA33A00);
    }
    return {};
}

QTextCharFormat HighlightStyle::format(HighlightKind kind, bool dark) {
    QTextCharFormat format;
    const QColor hue = color(kind, dark);
    switch (kind) {
    case HighlightKind::Person:
        format.setForeground(hue);
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(hue);
        format.setFontWeight(QFont::DemiBold);
        break;
    case HighlightKind::Organization:
        format.setForeground(hue);
        format.setUnderlineStyle(QTextCharFormat::DashUnderline);
        format.setUnderlineColor(hue);
        break;
    case HighlightKind::Place:
        format.setForeground(hue);
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        format.setUnderlineColor(hue);
        break;
    case HighlightKind::Media:
        format.setForeground(hue);
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(hue);
        break;
    case HighlightKind::Quotation:
    case HighlightKind::Reported:
        format.setBackground(hue);
        break;
    case HighlightKind::Speaker:
        format.setFontWeight(QFont::Bold);
        format.setFontOverline(true);
        break;
    case HighlightKind::Source:
        format.setFontItalic(true);
        format.setFontOverline(true);
        break;
    }
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
