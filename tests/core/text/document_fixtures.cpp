#include "text/document_fixtures.h"

#include "text/pdf_encryption.h"

#include <cstdio>
#include <stdexcept>
#include <zip.h>

namespace fixtures {

namespace {

// UTF-8 to the Latin-1 bytes the PDF's WinAnsi font expects, with ( ) \ escaped.
std::string pdf_string(const std::string& utf8) {
    std::string out;
    for (size_t i = 0; i < utf8.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0xC0 && i + 1 < utf8.size()) {
            c = static_cast<unsigned char>(((c & 0x1F) << 6) |
                                           (static_cast<unsigned char>(utf8[++i]) & 0x3F));
        }
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += static_cast<char>(c);
    }
    return out;
}

// encryption: null for a plain PDF.
std::string build_pdf(const std::vector<std::vector<PdfLine>>& pages,
                      const PdfEncryption* encryption) {
    std::vector<std::string> objects; // object i + 1
    objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
    objects.emplace_back(); // the page tree, once the pages are numbered
    objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                      "/Encoding /WinAnsiEncoding >>");
    std::string kids;
    for (const auto& lines : pages) {
        std::string content;
        for (const PdfLine& line : lines) {
            char position[96];
            std::snprintf(position, sizeof position, "BT /F1 %.1f Tf 1 0 0 1 %.1f %.1f Tm (",
                          line.size, line.x, line.y);
            content += position + pdf_string(line.text) + ") Tj ET\n";
        }
        const size_t page_number = objects.size() + 1;
        objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                          "<< /Font << /F1 3 0 R >> >> /Contents " +
                          std::to_string(page_number + 1) + " 0 R >>");
        if (encryption)
            content = encryption->encrypt(static_cast<int>(page_number + 1), content);
        objects.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" +
                          content + "endstream");
        kids += std::to_string(page_number) + " 0 R ";
    }
    objects[1] =
        "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>";
    std::string trailer_extra;
    if (encryption) {
        objects.push_back(encryption->dictionary());
        trailer_extra = encryption->trailer_entries(static_cast<int>(objects.size()));
    }
    std::string pdf = "%PDF-1.4\n";
    std::vector<size_t> offsets;
    for (size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (size_t offset : offsets) {
        char entry[24];
        std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
        pdf += entry;
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R" +
           trailer_extra + " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

std::string make_pdf(const std::vector<std::vector<PdfLine>>& pages) {
    return build_pdf(pages, nullptr);
}

std::string make_encrypted_pdf(const std::vector<std::vector<PdfLine>>& pages,
                               const std::string& user_password,
                               const std::string& owner_password) {
    const std::string file_id = md5("whosaid test " + user_password + owner_password);
    const PdfEncryption encryption(user_password, owner_password, file_id);
    return build_pdf(pages, &encryption);
}

std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive)
        throw std::runtime_error("cannot create a zip in memory");
    zip_source_keep(buffer); // read back after zip_close
    for (const auto& [name, content] : entries) {
        zip_source_t* data = zip_source_buffer(archive, content.data(), content.size(), 0);
        zip_file_add(archive, name.c_str(), data, ZIP_FL_OVERWRITE);
    }
    zip_close(archive);
    zip_source_open(buffer);
    zip_source_seek(buffer, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    std::string bytes(static_cast<size_t>(size), '\0');
    zip_source_read(buffer, bytes.data(), static_cast<zip_uint64_t>(size));
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return bytes;
}

std::string make_docx(const std::string& body_xml) {
    return make_zip(
        {{"[Content_Types].xml",
          "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
          "content-types\"/>"},
         {"word/document.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document "
          "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
              body_xml + "</w:body></w:document>"}});
}

std::string make_odt(const std::string& body_xml) {
    return make_zip(
        {{"mimetype", "application/vnd.oasis.opendocument.text"},
         {"content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
                         "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                         "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                         "<office:body><office:text>" +
                             body_xml + "</office:text></office:body></office:document-content>"}});
}

} // namespace fixtures
