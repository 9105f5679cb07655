#include "display_text.h"

namespace {

// A break is sought once a piece is kLongParagraph long, after a sentence end; past
// kHardPiece any whitespace will do.
constexpr qsizetype kHardPiece = 8000;

bool endsSentence(QChar c) {
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
           c == QChar(0x00BB) || c == QLatin1Char('"') || c == QChar(0x201D) || c == QChar(0x3002);
}

} // namespace

QString DisplayText::of(const QString& text) {
    QString shown = text;
    qsizetype pieceStart = 0; // where the current block starts
    QChar* data = nullptr;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QChar c = shown.at(i);
        if (c == QLatin1Char('\n') || c == QChar::ParagraphSeparator) {
            pieceStart = i + 1;
            continue;
        }
        const qsizetype length = i - pieceStart;
        if (length < kLongParagraph || !c.isSpace() || c == QChar::Nbsp || c == QChar(0x202F))
            continue;
        if (length < kHardPiece && !(i > 0 && endsSentence(shown.at(i - 1))))
            continue;
        if (!data)
            data = shown.data(); // detaches once, only for texts that need it
        data[i] = QLatin1Char('\n');
        pieceStart = i + 1;
    }
    return shown;
}
