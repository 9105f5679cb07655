#pragma once

#include <string>
#include <utility>
#include <vector>

// Builders of container files for the loader's tests, so that no binary fixture has to be
// committed: a PDF with text lines placed on pages, and a zip archive of named entries.
namespace fixtures {

// One line of text on a PDF page, at (x, y) in points from the bottom left, in Helvetica.
struct PdfLine {
    double x;
    double y;
    std::string text; // UTF-8, Latin-1 characters only (the font's WinAnsi encoding)
    double size = 11;
};

// A PDF of A4 pages, each with its lines.
std::string make_pdf(const std::vector<std::vector<PdfLine>>& pages);

// The same PDF encrypted by the standard security handler (RC4, 40-bit key): with an empty
// user password any reader opens it without asking, otherwise only with that password.
std::string make_encrypted_pdf(const std::vector<std::vector<PdfLine>>& pages,
                               const std::string& user_password, const std::string& owner_password);

// A zip archive (deflated entries) holding each (name, content) pair.
std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries);

// A minimal .docx whose body is the given WordprocessingML paragraphs (<w:p>…</w:p>).
std::string make_docx(const std::string& body_xml);

// A minimal .odt whose office:text holds the given paragraphs (<text:p>…</text:p>).
std::string make_odt(const std::string& body_xml);

} // namespace fixtures
