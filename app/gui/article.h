#pragma once

#include "whosaid/document.h"
#include "whosaid/span_index.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <vector>

// An analysed document as the reader shows it: the core Document, its SpanIndex, the text
// as a QString (same UTF-16 offsets) and per-actor counts computed once. Immutable, so the
// worker thread can build it and the GUI share it without locks.
class Article {
    Q_DECLARE_TR_FUNCTIONS(Article)
public:
    explicit Article(whosaid::Document document);

    const whosaid::Document& document() const { return document_; }
    const whosaid::SpanIndex& index() const { return index_; }
    const QString& text() const { return text_; }
    int entityCount() const { return static_cast<int>(document_.entities.size()); }
    int quoteCount() const { return static_cast<int>(document_.quotes.size()); }
    const whosaid::Entity& entity(int index) const;
    const whosaid::Quote& quote(int index) const;

    // The text of a span (clamped to the text).
    QString slice(whosaid::Span span) const;
    // The title, or the file name when the article has none.
    QString title() const;
    // Index of the entity with this id, or -1.
    int entityIndex(const std::string& id) const;
    // The entity's canonical name.
    QString entityName(int entity) const;
    // How many times the entity is mentioned.
    int mentionCount(int entity) const;
    // How many quotations the entity is the speaker of.
    int quotationCount(int entity) const;
    // Index of the speaker entity of a quotation, or -1 (anonymous, unattributed); the
    // first of a group.
    int speakerEntity(int quote) const;
    // Indexes of every actor who speaks the quotation: the group in text order, the one
    // speaker, or none.
    std::vector<int> speakerEntities(int quote) const;
    // Whether entity speaks the quotation, alone or in a group.
    bool spokenBy(int quote, int entity) const;
    // "Sergueï Lavrov", "Paul Roy, Anne Morel" (a group), "anonymous: un haut responsable"
    // or "unattributed".
    QString speakerLabel(int quote) const;
    // Names of the media the quotation came through.
    QStringList sourceNames(int quote) const;
    // 1-based number of the paragraph holding position, 0 when none does.
    int paragraphNumber(int32_t position) const;
    // The panels' paragraph column: the number alone for most formats; for a PDF also the
    // page that paragraph starts on ("4 · p. 2"), to find the words in the original.
    QVariant paragraphCell(int32_t position) const;
    // For a PDF, "Paragraph 4, which starts on page 2 of the PDF"; empty otherwise.
    QString paragraphToolTip(int32_t position) const;
    // The sentence (or a window of text) around span as HTML with the span in bold.
    QString snippetHtml(whosaid::Span span) const;

private:
    whosaid::Document document_;
    whosaid::SpanIndex index_;
    QString text_;
    std::vector<int> quotationCounts_;
};
