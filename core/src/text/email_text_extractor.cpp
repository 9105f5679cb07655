#include "text/email_text_extractor.h"

#include "text/html_text_extractor.h"
#include "text/text_decoder.h"
#include "whosaid/unicode_text.h"

#include <algorithm>
#include <vector>

namespace whosaid::text {

namespace {

// Nested multiparts deeper than this are not opened (a hostile message cannot recurse).
constexpr int kMaxDepth = 8;

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    return out;
}

std::string_view trim(std::string_view s) {
    const size_t first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

struct Part {
    std::vector<std::pair<std::string, std::string>> headers; // lower-case name, raw value
    std::string_view body;

    std::string header(std::string_view name) const {
        for (const auto& [n, v] : headers)
            if (n == name)
                return v;
        return {};
    }
};

// Headers (unfolded) and body of one message or MIME part.
Part split_part(std::string_view text) {
    Part part;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        pos = std::min(end + 1, text.size());
        if (line.empty())
            break;
        if ((line[0] == ' ' || line[0] == '\t') && !part.headers.empty()) {
            part.headers.back().second += ' ';
            part.headers.back().second += trim(line);
            continue;
        }
        const size_t colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0)
            break; // not a header: the body starts here
        part.headers.emplace_back(lower(trim(line.substr(0, colon))),
                                  std::string(trim(line.substr(colon + 1))));
    }
    part.body = text.substr(std::min(pos, text.size()));
    return part;
}

// A parameter of a structured header: Content-Type's charset or boundary, a filename.
std::string parameter(std::string_view header, std::string_view name) {
    const std::string low = lower(header);
    size_t at = 0;
    while ((at = low.find(name, at)) != std::string::npos) {
        const size_t before = at == 0 ? 0 : low.find_last_not_of(" \t", at - 1);
        const size_t eq = low.find_first_not_of(" \t", at + name.size());
        if ((at == 0 || (before != std::string::npos && low[before] == ';')) &&
            eq != std::string::npos && low[eq] == '=') {
            size_t v = header.find_first_not_of(" \t", eq + 1);
            if (v == std::string_view::npos)
                return {};
            if (header[v] == '"') {
                const size_t close = header.find('"', v + 1);
                return std::string(header.substr(v + 1, close == std::string_view::npos
                                                            ? std::string_view::npos
                                                            : close - v - 1));
            }
            const size_t end = header.find_first_of("; \t", v);
            return std::string(header.substr(v, end == std::string_view::npos ? end : end - v));
        }
        at += name.size();
    }
    return {};
}

int hex_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

std::string quoted_printable(std::string_view s, bool header) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (header && s[i] == '_') {
            out += ' ';
        } else if (s[i] == '=' && i + 2 < s.size() + 1 && i + 1 < s.size()) {
            if (s[i + 1] == '\n' || (s[i + 1] == '\r' && i + 2 < s.size() && s[i + 2] == '\n')) {
                i += s[i + 1] == '\r' ? 2 : 1; // a soft line break
            } else if (i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
                out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
                i += 2;
            } else {
                out += '=';
            }
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string base64(std::string_view s) {
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    for (char c : s) {
        int v = -1;
        if (c >= 'A' && c <= 'Z')
            v = c - 'A';
        else if (c >= 'a' && c <= 'z')
            v = c - 'a' + 26;
        else if (c >= '0' && c <= '9')
            v = c - '0' + 52;
        else if (c == '+' || c == '-')
            v = 62;
        else if (c == '/' || c == '_')
            v = 63;
        if (v < 0)
            continue; // line breaks, padding
        buffer = (buffer << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    return out;
}

std::u16string in_charset(const std::string& bytes, const std::string& charset) {
    const std::string name = charset.empty() ? std::string() : charset;
    Result<DecodedText> decoded = TextDecoder().decode(bytes, name, "", "e-mail");
    if (!decoded && !name.empty())
        decoded = TextDecoder().decode(bytes, "", "", "e-mail"); // an unknown charset name
    return decoded ? std::move(decoded.value().text) : std::u16string();
}

// Header bytes outside encoded words: UTF-8 when they are, else windows-1252 (8-bit
// headers from old mailers), so that what is returned is always valid UTF-8.
std::string raw_header_text(std::string_view bytes) {
    Result<DecodedText> decoded = TextDecoder().decode(bytes, "UTF-8", "", "e-mail");
    if (!decoded)
        decoded = TextDecoder().decode(bytes, "windows-1252", "", "e-mail");
    return decoded ? to_utf8(decoded.value().text) : std::string();
}

std::string transfer_decoded(const Part& part) {
    const std::string encoding = lower(trim(part.header("content-transfer-encoding")));
    if (encoding == "base64")
        return base64(part.body);
    if (encoding == "quoted-printable")
        return quoted_printable(part.body, false);
    return std::string(part.body);
}

struct Found {
    std::u16string plain;
    std::u16string html;
    std::vector<std::string> attachments;
};

void walk(std::string_view text, int depth, Found& found) {
    const Part part = split_part(text);
    const std::string type_header = part.header("content-type");
    const std::string type = lower(trim(type_header.substr(0, type_header.find(';'))));
    const std::string disposition = part.header("content-disposition");
    std::string filename = parameter(disposition, "filename");
    if (filename.empty())
        filename = parameter(type_header, "name");
    if (lower(disposition).starts_with("attachment") || !filename.empty()) {
        found.attachments.push_back(
            EmailTextExtractor::decode_header(filename.empty() ? "(unnamed)" : filename));
        return;
    }
    if (type.starts_with("multipart/")) {
        const std::string boundary = parameter(type_header, "boundary");
        if (boundary.empty() || depth >= kMaxDepth)
            return;
        const std::string marker = "--" + boundary;
        size_t at = part.body.find(marker);
        while (at != std::string_view::npos) {
            size_t start = part.body.find('\n', at);
            if (start == std::string_view::npos ||
                part.body.substr(at + marker.size()).starts_with("--"))
                break;
            ++start;
            const size_t next = part.body.find(marker, start);
            walk(part.body.substr(start, next == std::string_view::npos ? std::string_view::npos
                                                                        : next - start),
                 depth + 1, found);
            at = next;
        }
        return;
    }
    const std::string charset = parameter(type_header, "charset");
    if ((type.empty() || type == "text/plain") && found.plain.empty())
        found.plain = in_charset(transfer_decoded(part), charset);
    else if (type == "text/html" && found.html.empty())
        found.html = in_charset(transfer_decoded(part), charset);
    else if (type == "message/rfc822" && depth < kMaxDepth)
        walk(part.body, depth + 1, found);
}

} // namespace

bool EmailTextExtractor::looks_like_email(std::string_view bytes) {
    const Part part = split_part(bytes.substr(0, 16384));
    if (part.headers.size() < 2)
        return false;
    int known = 0;
    for (const auto& [name, value] : part.headers)
        known += name == "from" || name == "subject" || name == "date" || name == "to" ||
                 name == "mime-version" || name == "message-id" || name == "received" ||
                 name == "return-path";
    return known >= 2 && known * 2 >= static_cast<int>(part.headers.size());
}

std::string EmailTextExtractor::decode_header(std::string_view value) {
    std::string out;
    size_t pos = 0;
    bool last_was_word = false;
    while (pos < value.size()) {
        const size_t start = value.find("=?", pos);
        const size_t q1 = start == std::string_view::npos ? start : value.find('?', start + 2);
        const size_t q2 = q1 == std::string_view::npos ? q1 : value.find('?', q1 + 1);
        const size_t end = q2 == std::string_view::npos ? q2 : value.find("?=", q2 + 1);
        if (end == std::string_view::npos) {
            out += raw_header_text(value.substr(pos));
            break;
        }
        const std::string_view between = value.substr(pos, start - pos);
        if (!(last_was_word && trim(between).empty()))
            out += raw_header_text(between); // white space between two encoded words is dropped
        const std::string charset(value.substr(start + 2, q1 - start - 2));
        const char mode = value[q1 + 1];
        const std::string_view payload = value.substr(q2 + 1, end - q2 - 1);
        const std::string bytes =
            (mode == 'B' || mode == 'b') ? base64(payload) : quoted_printable(payload, true);
        out += to_utf8(in_charset(bytes, charset.substr(0, charset.find('*'))));
        pos = end + 2;
        last_was_word = true;
    }
    return out;
}

Result<ExtractedArticle> EmailTextExtractor::extract(std::string_view bytes) const {
    const Part message = split_part(bytes);
    Found found;
    walk(bytes, 0, found);
    std::u16string body = found.plain;
    if (body.empty() && !found.html.empty())
        body = HtmlTextExtractor().extract(found.html);
    ExtractedArticle article;
    article.format = "email";
    article.sender = decode_header(message.header("from"));
    article.date = raw_header_text(message.header("date"));
    article.attachments = std::move(found.attachments);
    const std::string subject = decode_header(message.header("subject"));
    article.text = to_utf16(subject);
    if (!article.text.empty() && !body.empty())
        article.text += u"\n\n";
    article.text += body;
    while (!article.text.empty() && (article.text.back() == u'\n' || article.text.back() == u'\r' ||
                                     article.text.back() == u' '))
        article.text.pop_back();
    if (article.text.empty())
        return Error{ErrorCode::BinaryContent, "this e-mail has no subject and no text to read"};
    return article;
}

} // namespace whosaid::text
