#include "whosaid/loader.h"

#include "text/binary_content_detector.h"
#include "text/email_text_extractor.h"
#include "text/html_text_extractor.h"
#include "text/markdown_stripper.h"
#include "text/office_text_extractor.h"
#include "text/pdf_text_extractor.h"
#include "text/text_decoder.h"
#include "text/text_normalizer.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

namespace whosaid {

namespace {

namespace fs = std::filesystem;

Error error_for(ErrorCode code, std::string_view name, const std::string& reason) {
    return Error{code, std::string(name.empty() ? "input" : name) + ": " + reason};
}

Error too_large(std::string_view name, std::uintmax_t size, std::uintmax_t limit) {
    return error_for(ErrorCode::TooLarge, name,
                     "too large (" + std::to_string(size) + " bytes, the limit is " +
                         std::to_string(limit) + ")");
}

std::string lower_ascii(std::string_view text) {
    std::string lower(text);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return lower;
}

// The format named by the extension, or empty when the extension says nothing.
std::string format_from_name(std::string_view name) {
    const std::string extension = lower_ascii(fs::path(name).extension().string());
    if (extension == ".html" || extension == ".htm" || extension == ".xhtml")
        return "html";
    if (extension == ".md" || extension == ".markdown")
        return "markdown";
    if (extension == ".txt" || extension == ".text")
        return "text";
    if (extension == ".pdf")
        return "pdf";
    if (extension == ".docx")
        return "docx";
    if (extension == ".odt")
        return "odt";
    if (extension == ".eml")
        return "email";
    return {};
}

// Formats recognized by their first bytes whatever the name says: a PDF or a zip container
// named .txt is still not text.
std::string container_from_bytes(std::string_view bytes) {
    if (text::PdfTextExtractor::looks_like_pdf(bytes))
        return "pdf";
    if (text::OfficeTextExtractor::looks_like_zip(bytes))
        return "docx"; // or odt: the extractor tells them apart by their content
    return {};
}

bool is_container(const std::string& format) {
    return format == "pdf" || format == "docx" || format == "odt";
}

// SourceInfo::page_starts of a PDF's normalized text. The extracted paragraphs hold no line
// break and are joined by "\n\n", which normalization keeps, so the k-th "\n\n" still ends
// just before the (k + 1)-th paragraph whatever NFC did inside paragraphs. Empty when the
// count does not match, rather than pages that would be wrong.
std::vector<int32_t> page_starts_of(std::u16string_view text, const std::vector<int>& pages_of,
                                    int page_count) {
    std::vector<int32_t> starts_of{0};
    for (size_t at = text.find(u"\n\n"); at != std::u16string_view::npos;
         at = text.find(u"\n\n", at + 2))
        starts_of.push_back(static_cast<int32_t>(at + 2));
    if (starts_of.size() != pages_of.size())
        return {};
    std::vector<int32_t> page_starts;
    size_t paragraph = 0;
    for (int page = 1; page <= page_count; ++page) {
        while (paragraph < pages_of.size() && pages_of[paragraph] < page)
            ++paragraph;
        page_starts.push_back(paragraph < pages_of.size() ? starts_of[paragraph]
                                                          : static_cast<int32_t>(text.size()));
    }
    return page_starts;
}

// The text of a PDF, Word, OpenDocument or e-mail file, as if it had been a text file.
Result<LoadedText> load_extracted(std::string_view bytes, std::string_view name,
                                  const std::string& format, const LoadOptions& options) {
    Result<text::ExtractedArticle> extracted =
        format == "pdf"     ? text::PdfTextExtractor().extract(bytes)
        : format == "email" ? text::EmailTextExtractor().extract(bytes)
                            : text::OfficeTextExtractor().extract(bytes, options.max_bytes);
    if (!extracted)
        return error_for(extracted.error().code, name, extracted.error().message);
    text::ExtractedArticle& article = extracted.value();
    const text::TextNormalizer normalizer;
    normalizer.unify_line_ends(article.text);
    normalizer.finish(article.text);
    SourceInfo source;
    source.encoding = "UTF-8";
    source.format = article.format;
    source.sender = std::move(article.sender);
    source.date = std::move(article.date);
    source.attachments = std::move(article.attachments);
    source.page_starts = page_starts_of(article.text, article.paragraph_pages, article.pages);
    return LoadedText{std::move(article.text), std::move(source), {}};
}

// Unknown or missing extensions: a page that opens like HTML is HTML, anything else is text.
std::string format_from_content(std::u16string_view text) {
    const std::size_t start = text.find_first_not_of(u" \t\n\f");
    if (start == std::u16string_view::npos)
        return "text";
    std::string opening;
    for (char16_t c : text.substr(start, 14))
        opening.push_back(c < 0x80 ? static_cast<char>(c) : '?');
    opening = lower_ascii(opening);
    if (opening.starts_with("<!doctype html") || opening.starts_with("<html"))
        return "html";
    return "text";
}

} // namespace

Result<LoadedText> Loader::load_file(const std::string& path, const LoadOptions& options) const {
    std::error_code status_error;
    const fs::file_status status = fs::status(path, status_error);
    if (status.type() == fs::file_type::not_found)
        return error_for(ErrorCode::NotFound, path, "file not found");
    if (status_error)
        return error_for(ErrorCode::Unreadable, path,
                         "cannot read (" + status_error.message() + ")");
    if (fs::is_directory(status))
        return error_for(ErrorCode::NotAFile, path, "is a directory, not a file");
    if (!fs::is_regular_file(status))
        return error_for(ErrorCode::NotAFile, path, "is not a regular file");

    std::error_code size_error;
    const std::uintmax_t size = fs::file_size(path, size_error);
    if (size_error)
        return error_for(ErrorCode::Unreadable, path, "cannot read (" + size_error.message() + ")");
    // Checked before reading: a huge file is refused without touching its bytes.
    if (size > options.max_bytes)
        return too_large(path, size, options.max_bytes);

    const std::unique_ptr<std::FILE, decltype(&std::fclose)> file(std::fopen(path.c_str(), "rb"),
                                                                  &std::fclose);
    if (!file)
        return error_for(ErrorCode::Unreadable, path,
                         std::string("cannot read (") + std::strerror(errno) + ")");
    // Read to the end rather than to the measured size: the file may have changed since, and
    // files of /proc and /sys report a size of 0. Never more than the limit plus one byte.
    const std::size_t limit = static_cast<std::size_t>(options.max_bytes);
    std::string bytes(std::min<std::uintmax_t>(size, options.max_bytes) + 1, '\0');
    std::size_t read = 0;
    while (true) {
        read += std::fread(bytes.data() + read, 1, bytes.size() - read, file.get());
        if (std::ferror(file.get()))
            return error_for(ErrorCode::Unreadable, path,
                             std::string("cannot read (") + std::strerror(errno) + ")");
        if (read > limit)
            return too_large(path, read, options.max_bytes);
        if (std::feof(file.get()))
            break;
        bytes.resize(std::min(bytes.size() * 2, limit + 1));
    }
    bytes.resize(read);

    Result<LoadedText> loaded = load_bytes(bytes, path, options);
    if (loaded)
        loaded.value().source.path = path;
    return loaded;
}

Result<LoadedText> Loader::load_bytes(std::string_view bytes, std::string_view name,
                                      const LoadOptions& options) const {
    if (bytes.size() > options.max_bytes)
        return too_large(name, bytes.size(), options.max_bytes);
    std::string format = options.format;
    if (!format.empty() && format != "text" && format != "html" && format != "markdown" &&
        format != "email" && !is_container(format))
        return error_for(ErrorCode::InvalidArgument, name,
                         "unknown format '" + format +
                             "' (expected text, html, markdown, pdf, docx, odt or email)");
    if (format.empty() || is_container(format)) {
        const std::string by_bytes = container_from_bytes(bytes);
        if (!by_bytes.empty())
            format = is_container(format) ? format : by_bytes;
    }
    if (format.empty()) {
        const std::string by_name = format_from_name(name);
        if (is_container(by_name) || by_name == "email")
            format = by_name;
        else if (text::EmailTextExtractor::looks_like_email(bytes))
            format = "email";
    }
    if (is_container(format) || format == "email")
        return load_extracted(bytes, name, format, options);

    Result<text::DecodedText> decoded = text::TextDecoder().decode(
        bytes, options.encoding, options.language_hint, name, options.declared_encoding);
    if (!decoded)
        return decoded.error();
    std::u16string text = std::move(decoded.value().text);
    const text::BinaryContentDetector binary_detector;
    if (!binary_detector.reason(text).empty())
        return error_for(ErrorCode::BinaryContent, name, binary_detector.message(bytes));

    const text::TextNormalizer normalizer;
    normalizer.unify_line_ends(text);
    if (format.empty())
        format = format_from_name(name);
    if (format.empty())
        format = format_from_content(text);
    SourceInfo source;
    if (format == "html") {
        text::HtmlArticle article = text::HtmlTextExtractor().extract_article(text);
        text = std::move(article.text);
        source.author = std::move(article.author);
        source.date = std::move(article.date);
        source.url = std::move(article.url);
    } else if (format == "markdown") {
        text = text::MarkdownStripper().strip(text);
    }
    normalizer.finish(text);
    source.encoding = std::move(decoded.value().encoding);
    source.format = format;
    LoadedText loaded{std::move(text), std::move(source), {}};
    if (!decoded.value().warning.empty())
        loaded.warnings.push_back(LoadWarning{
            LoadWarning::Kind::InvalidUtf8, decoded.value().replaced_bytes,
            decoded.value().first_replaced,
            std::string(name.empty() ? "input" : name) + ": " + decoded.value().warning});
    return loaded;
}

} // namespace whosaid
