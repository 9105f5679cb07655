#include "text/pdf_text_extractor.h"

#include "text/pdf_layout.h"

#include <climits>
#include <memory>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

namespace whosaid::text {

namespace {

// Poppler reports damaged files on stderr unless told otherwise; whosaid says it itself.
void quiet(const std::string&, void*) {}

std::vector<PdfWord> words_of(const poppler::page& page) {
    std::vector<PdfWord> words;
    for (const poppler::text_box& box : page.text_list()) {
        const poppler::ustring text = box.text();
        const poppler::rectf r = box.bbox();
        words.push_back({std::u16string(text.begin(), text.end()), r.left(), r.top(), r.right(),
                         r.bottom(), box.has_space_after()});
    }
    return words;
}

} // namespace

bool PdfTextExtractor::looks_like_pdf(std::string_view bytes) {
    return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

Result<ExtractedArticle> PdfTextExtractor::extract(std::string_view bytes) const {
    poppler::set_debug_error_function(quiet, nullptr);
    if (bytes.size() > static_cast<size_t>(INT_MAX))
        return Error{ErrorCode::TooLarge, "this PDF is too large"};
    const std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc)
        return Error{ErrorCode::BinaryContent, "this PDF is damaged and cannot be read"};
    if (doc->is_locked())
        return Error{ErrorCode::BinaryContent,
                     "this PDF is protected by a password; open it in a PDF reader, save a copy "
                     "without the password and open that"};
    PdfLayout layout;
    const int pages = std::min(doc->pages(), kMaxPages);
    for (int i = 0; i < pages; ++i) {
        const std::unique_ptr<poppler::page> page(doc->create_page(i));
        layout.add_page(page ? words_of(*page) : std::vector<PdfWord>{});
    }
    ExtractedArticle article;
    article.format = "pdf";
    for (const PdfParagraph& paragraph : layout.paragraphs()) {
        if (!article.text.empty())
            article.text += u"\n\n";
        article.text += paragraph.text;
        article.paragraph_pages.push_back(paragraph.page);
    }
    article.pages = layout.page_count();
    if (article.text.empty())
        return Error{ErrorCode::BinaryContent,
                     "this PDF has no text, only images (a scanned document?); whosaid reads the "
                     "text of a PDF, it cannot recognize letters in a picture"};
    return article;
}

} // namespace whosaid::text
