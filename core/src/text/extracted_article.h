#pragma once

#include <string>
#include <vector>

namespace whosaid::text {

// The article text taken out of a container format (PDF, Word, OpenDocument, e-mail), as
// plain text with paragraphs separated by blank lines, ready for the text pipeline.
struct ExtractedArticle {
    std::u16string text;
    std::string format;                   // "pdf", "docx", "odt" or "email"
    std::string sender;                   // e-mail: the From header, decoded
    std::string date;                     // e-mail: the Date header
    std::vector<std::string> attachments; // e-mail: file names, listed, not analysed
    // PDF: the page (from 1) on which each paragraph of text starts, one per paragraph, and
    // how many pages were read; paragraphs then hold no line break. Empty and 0 otherwise.
    std::vector<int> paragraph_pages;
    int pages = 0;
};

} // namespace whosaid::text
