#include "text/xml_scanner.h"

#include "whosaid/unicode_text.h"

#include <cstdlib>

namespace whosaid::text {

namespace {

// A numeric character reference as UTF-8; a value that is no character becomes U+FFFD.
void append_utf8(std::string& out, unsigned long c) {
    if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        c = 0xFFFD;
    char16_t units[2];
    size_t n = 0;
    if (c < 0x10000) {
        units[n++] = static_cast<char16_t>(c);
    } else {
        units[n++] = static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10));
        units[n++] = static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF));
    }
    out += to_utf8(std::u16string_view(units, n));
}

bool is_name_end(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>';
}

} // namespace

std::string XmlScanner::decode(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '&') {
            out.push_back(raw[i]);
            continue;
        }
        const size_t semicolon = raw.find(';', i);
        if (semicolon == std::string_view::npos || semicolon - i > 12) {
            out.push_back('&');
            continue;
        }
        const std::string_view entity = raw.substr(i + 1, semicolon - i - 1);
        if (entity == "amp")
            out.push_back('&');
        else if (entity == "lt")
            out.push_back('<');
        else if (entity == "gt")
            out.push_back('>');
        else if (entity == "quot")
            out.push_back('"');
        else if (entity == "apos")
            out.push_back('\'');
        else if (entity.size() > 1 && entity[0] == '#') {
            const bool hex = entity[1] == 'x' || entity[1] == 'X';
            const std::string digits(entity.substr(hex ? 2 : 1));
            append_utf8(out, std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10));
        } else {
            out.push_back('&');
            continue;
        }
        i = semicolon;
    }
    return out;
}

std::string XmlScanner::attribute(std::string_view attributes, std::string_view name) {
    size_t from = 0;
    while ((from = attributes.find(name, from)) != std::string_view::npos) {
        const bool starts = from == 0 || attributes[from - 1] == ' ' ||
                            attributes[from - 1] == '\t' || attributes[from - 1] == '\n';
        size_t k = from + name.size();
        while (k < attributes.size() && attributes[k] == ' ')
            ++k;
        if (starts && k + 1 < attributes.size() && attributes[k] == '=') {
            ++k;
            while (k < attributes.size() && attributes[k] == ' ')
                ++k;
            if (k < attributes.size() && (attributes[k] == '"' || attributes[k] == '\'')) {
                const size_t close = attributes.find(attributes[k], k + 1);
                if (close != std::string_view::npos)
                    return decode(attributes.substr(k + 1, close - k - 1));
            }
        }
        from += name.size();
    }
    return {};
}

XmlEvent XmlScanner::next() {
    XmlEvent event;
    while (pos_ < xml_.size()) {
        if (xml_[pos_] != '<') {
            const size_t end = std::min(xml_.find('<', pos_), xml_.size());
            event.kind = XmlEvent::Kind::Text;
            event.text = decode(xml_.substr(pos_, end - pos_));
            pos_ = end;
            return event;
        }
        const std::string_view rest = xml_.substr(pos_);
        if (rest.starts_with("<!--")) {
            const size_t end = xml_.find("-->", pos_ + 4);
            pos_ = end == std::string_view::npos ? xml_.size() : end + 3;
            continue;
        }
        if (rest.starts_with("<![CDATA[")) {
            const size_t end = xml_.find("]]>", pos_ + 9);
            const size_t stop = end == std::string_view::npos ? xml_.size() : end;
            event.kind = XmlEvent::Kind::Text;
            event.text = std::string(xml_.substr(pos_ + 9, stop - pos_ - 9));
            pos_ = end == std::string_view::npos ? xml_.size() : end + 3;
            return event;
        }
        if (rest.starts_with("<?") || rest.starts_with("<!")) {
            const size_t end = xml_.find('>', pos_);
            pos_ = end == std::string_view::npos ? xml_.size() : end + 1;
            continue;
        }
        const size_t close = xml_.find('>', pos_);
        if (close == std::string_view::npos)
            break; // a tag cut off: the scan ends here
        const bool end_tag = xml_[pos_ + 1] == '/';
        const bool empty = xml_[close - 1] == '/';
        size_t name_start = pos_ + (end_tag ? 2 : 1);
        size_t name_end = name_start;
        while (name_end < close && !is_name_end(xml_[name_end]))
            ++name_end;
        event.kind = end_tag ? XmlEvent::Kind::End
                     : empty ? XmlEvent::Kind::Empty
                             : XmlEvent::Kind::Start;
        event.name = xml_.substr(name_start, name_end - name_start);
        const size_t attributes_end = empty ? close - 1 : close;
        if (!end_tag && attributes_end > name_end)
            event.attributes = xml_.substr(name_end, attributes_end - name_end);
        pos_ = close + 1;
        return event;
    }
    pos_ = xml_.size();
    event.kind = XmlEvent::Kind::Done;
    return event;
}

} // namespace whosaid::text
