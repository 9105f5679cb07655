#pragma once

#include <string>
#include <string_view>

namespace whosaid::text {

// One step through an XML document: a start tag, an end tag, an empty tag or character data.
struct XmlEvent {
    enum class Kind { Start, End, Empty, Text, Done };
    Kind kind = Kind::Done;
    std::string_view name;       // the tag's qualified name ("w:p"), empty for text
    std::string_view attributes; // the raw attribute text of a start or empty tag
    std::string text;            // character data with the entities decoded, for Text
};

// A forgiving pull reader for the XML inside office documents (UTF-8): no DTD, no
// validation; comments, processing instructions and CDATA markers are skipped, CDATA text
// is kept. Malformed input ends the scan early instead of failing. Linear in the input.
class XmlScanner {
public:
    explicit XmlScanner(std::string_view xml) : xml_(xml) {}

    // The next event; Kind::Done at the end of the input.
    XmlEvent next();

    // The value of attribute name ("w:val") in a tag's attribute text, entities decoded;
    // empty when absent.
    static std::string attribute(std::string_view attributes, std::string_view name);

    // Character data with the five named entities and numeric references decoded.
    static std::string decode(std::string_view raw);

private:
    std::string_view xml_;
    size_t pos_ = 0;
};

} // namespace whosaid::text
