#include "printed_article.h"

#include "article.h"
#include "highlight_style.h"
#include "whosaid/html_writer.h"
#include "whosaid/version.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>
#include <array>
#include <vector>

namespace {

// The near-black of each entity kind in core's paper stylesheet, in EntityKind order.
constexpr std::array<QRgb, 4> kindInk = {0x000001, 0x000002, 0x000003, 0x000004};

constexpr whosaid::EntityKind kinds[] = {whosaid::EntityKind::Person,
                                         whosaid::EntityKind::Organization,
                                         whosaid::EntityKind::Place, whosaid::EntityKind::Media};

} // namespace

PrintedArticle::PrintedArticle(const Article& article, const QString& date)
    : document_(std::make_unique<QTextDocument>()) {
    whosaid::HtmlOptions options;
    options.paper = true;
    options.generator = std::string("whosaid ") + whosaid::version();
    options.date = date.toStdString();
    document_->setHtml(QString::fromStdString(whosaid::write_html(article.document(), options)));
    applyKindCues();
}

PrintedArticle::~PrintedArticle() = default;

void PrintedArticle::applyKindCues() {
    // Found first, changed after: a change splits and merges fragments under an iterator.
    struct Run {
        int start;
        int end;
        HighlightKind kind;
    };
    std::vector<Run> runs;
    for (QTextBlock block = document_->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QRgb ink = fragment.charFormat().foreground().color().rgb() & 0xFFFFFF;
            const auto kind = std::find(kindInk.begin(), kindInk.end(), ink);
            if (kind != kindInk.end())
                runs.push_back({fragment.position(), fragment.position() + fragment.length(),
                                HighlightStyle::forEntity(kinds[kind - kindInk.begin()])});
        }
    }
    QTextCursor cursor(document_.get());
    for (const Run& run : runs) {
        QTextCharFormat cue;
        cue.setForeground(Qt::black);
        cue.setUnderlineStyle(HighlightStyle::format(run.kind, false).underlineStyle());
        cue.setUnderlineColor(Qt::black);
        cursor.setPosition(run.start);
        cursor.setPosition(run.end, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(cue);
    }
}

void PrintedArticle::print(QPrinter* printer) const {
    document_->print(printer);
}

bool PrintedArticle::writePdf(const QString& path, QString* error) const {
    // QPrinter says nothing when its file cannot be opened: try it first.
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        if (error)
            *error = probe.errorString();
        return false;
    }
    probe.close();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    printer.setDocName(document_->metaInformation(QTextDocument::DocumentTitle));
    printer.setCreator(QStringLiteral("whosaid ") + QString::fromLatin1(whosaid::version()));
    document_->print(&printer);
    return true;
}

QImage PrintedArticle::pageImage(int page, qreal scale) const {
    // An A4 page at 96 dots per inch, the resolution rich text lays out at, with 15 mm margins.
    constexpr qreal dpi = 96;
    const QSizeF paper = QPageSize(QPageSize::A4).size(QPageSize::Inch) * dpi;
    const qreal margin = dpi * 15 / 25.4;
    std::unique_ptr<QTextDocument> laid(document_->clone());
    laid->setPageSize(paper - QSizeF(2 * margin, 2 * margin));
    const qreal height = laid->pageSize().height();
    QImage image((paper * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    painter.translate(margin, margin - page * height);
    laid->drawContents(&painter, QRectF(QPointF(0, page * height), laid->pageSize()));
    return image;
}

QString PrintedArticle::proposedPdfPath(const QString& articlePath) {
    if (articlePath.isEmpty())
        return QDir::homePath() + QStringLiteral("/article.pdf");
    const QFileInfo info(articlePath);
    return info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".pdf");
}
