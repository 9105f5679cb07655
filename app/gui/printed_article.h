#pragma once

#include <QImage>
#include <QString>
#include <memory>

class Article;
class QPrinter;
class QTextDocument;

// The annotated article laid out for paper as the HTML export lays it out: core's page for
// paper (whosaid::HtmlOptions::paper: the legend, the text with a speaker tag after each
// quotation, the table of quotations with speakers and sources, the summary of sources) in a
// QTextDocument, each kind of actor then underlined as in the window (solid, dashed, dotted,
// wavy), so that the page reads in grey. Whatever the HTML export shows flows into print.
class PrintedArticle {
public:
    // date: the date printed in the header (ISO), empty for none.
    PrintedArticle(const Article& article, const QString& date);
    ~PrintedArticle();

    QTextDocument* document() const { return document_.get(); }
    // Lays the document out on the printer's pages and prints it (page numbers at the foot).
    void print(QPrinter* printer) const;
    // Writes the pages as an A4 PDF file; false with the reason in error when the file cannot
    // be written.
    bool writePdf(const QString& path, QString* error) const;
    // Page (0-based) as an image of an A4 page, 794 × 1123 pixels times scale, for
    // screenshots.
    QImage pageImage(int page, qreal scale) const;
    // The PDF proposed for an article: beside it under its name ("story.txt" → "story.pdf"),
    // or "article.pdf" in home when the article has no file.
    static QString proposedPdfPath(const QString& articlePath);

private:
    // The paper stylesheet marks each entity kind by a near-black text colour (see core's
    // paper_stylesheet); those spans get the window's underline of their kind, in black.
    void applyKindCues();

    std::unique_ptr<QTextDocument> document_;
};
